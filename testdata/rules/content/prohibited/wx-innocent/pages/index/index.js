// 风水、算命相关内容已下线
const KEYWORDS = ['彩票', '赌博']
Page({
  data: { type: '', words: KEYWORDS }
})
