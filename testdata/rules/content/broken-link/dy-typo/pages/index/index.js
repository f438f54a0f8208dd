Page({
  data: { goods: [] },
  openGoods(e) {
    const id = e.currentTarget.dataset.id
    // "detial": the page is pages/detail/detail
    tt.navigateTo({ url: '/pages/detial/detial?id=' + id })
  },
  openCoupons() {
    tt.navigateTo({ url: `/pages/coupon/list?from=index` })
  }
})
