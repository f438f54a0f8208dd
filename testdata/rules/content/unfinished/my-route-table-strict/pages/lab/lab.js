Page({
  run() {
    my.alert({ content: '完成' });
  },
});
