import { go } from '../../utils/routes';

// a developer's menu of the pages to try
Page({
  data: {
    items: [
      { text: '轮播图', page: 'gallery' },
      { text: '购物车', page: 'cart' },
    ],
  },
  open(e) {
    go(e.target.dataset.page);
  },
});
