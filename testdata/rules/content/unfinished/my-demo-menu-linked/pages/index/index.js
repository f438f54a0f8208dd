import { go } from '../../utils/routes';

Page({
  data: { banner: { pics: [] } },
  openCart() {
    go('cart');
  },
  openPage(e) {
    go(e.target.dataset.page);
  },
});
