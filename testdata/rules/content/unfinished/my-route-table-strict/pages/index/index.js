import { go } from '../../utils/routes';
import { endpoints } from '../../utils/api';

Page({
  data: { endpoints },
  openCart() {
    go('cart');
  },
  // openLab() { go('lab'); },
});
