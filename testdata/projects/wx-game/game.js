import './js/libs/adapter'
import Main from './js/main'

// 健康游戏忠告（启动页展示）
const HEALTH_NOTICE = '抵制不良游戏，拒绝盗版游戏。注意自我保护，谨防受骗上当。适度游戏益脑，沉迷游戏伤身。合理安排时间，享受健康生活。'

new Main({ notice: HEALTH_NOTICE })
