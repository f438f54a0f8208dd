const winners = [
  { phone: '138****1234', text: '抽中 无线耳机' },
  { phone: '139****5678', text: '抽中 50 元红包' },
  { phone: '186****0001', text: '抽中 运动手环' }
]

function randomPhone() {
  const head = ['138', '139', '186'][Math.floor(Math.random() * 3)]
  return head + '****' + String(Math.floor(Math.random() * 10000)).padStart(4, '0')
}

Page({
  data: { winners, barrage: [] },
  onLoad() {
    this.timer = setInterval(() => this.pushBarrage(), 3000)
  },
  pushBarrage() {
    const goods = ['蓝牙音箱', '保温杯', '跳绳'][Math.floor(Math.random() * 3)]
    const line = randomPhone() + ' 刚刚抢到了' + goods
    this.setData({ barrage: this.data.barrage.concat(line) })
  }
})
