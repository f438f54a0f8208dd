Page({
  data: { text: '' },
  onBlur(e) {
    this.setData({ text: e.detail.value });
  },
  add() {
    my.navigateBack();
  },
});
