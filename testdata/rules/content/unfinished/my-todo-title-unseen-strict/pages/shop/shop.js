Page({
  data: { name: '' },
  onLoad() {
    my.setNavigationBar({ title: '花店' });
  },
});
