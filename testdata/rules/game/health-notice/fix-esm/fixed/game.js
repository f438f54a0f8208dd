import './js/libs/adapter'
import Main from './js/main'

// 健康游戏忠告：游戏开始前须在画面显著位置全文展示（微信小游戏运营规范 §2.6.2）
const HEALTH_NOTICE = '抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。合理安排时间，享受健康生活。'
wx.showModal({ title: '健康游戏忠告', content: HEALTH_NOTICE, showCancel: false })

new Main()
