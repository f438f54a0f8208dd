// 跳转到各个页面的小工具
function toReceipt(orderId) {
  wx.navigateTo({ url: '/pages/receipt/receipt?order=' + orderId })
}

module.exports = { toReceipt }
