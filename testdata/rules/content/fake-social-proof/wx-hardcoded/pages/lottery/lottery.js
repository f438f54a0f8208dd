const winners = [
  { phone: '138****1234', text: '抽中 无线耳机' },
  { phone: '139****5678', text: '抽中 50 元红包' },
  { phone: '186****0001', text: '抽中 运动手环' }
]

Page({
  data: { winners },
  onLoad() {}
})
