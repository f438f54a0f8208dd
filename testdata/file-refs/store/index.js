module.exports = {
  data: { basket: [] },
  add(item) {
    this.data.basket.push(item)
  }
}
