Page({
  toShop() {
    my.navigateTo({ url: '/pages/shop/shop' });
  },
});
