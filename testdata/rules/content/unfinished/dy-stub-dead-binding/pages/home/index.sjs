function price(n) {
  return (n / 100).toFixed(2)
}
module.exports = { price: price }
