Page({
  checkout() {
    my.alert({ content: '已下单' });
  },
});
