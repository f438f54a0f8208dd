Page({
  data: { goods: { cover: "", isNew: true }, fav: false }
})
