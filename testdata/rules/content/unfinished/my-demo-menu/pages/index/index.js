import { go } from '../../utils/routes';

Page({
  data: { banner: { pics: [] } },
  openCart() {
    go('cart');
  },
});
