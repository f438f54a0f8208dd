Page({
  onLoad() {
    tt.showModal({ title: '付款方式', content: '企业客户请通过对公转账付款' })
  }
})
