Page({
  data: {},
  onGetPhone(e) {
    console.log(e.detail.code);
  },
});
