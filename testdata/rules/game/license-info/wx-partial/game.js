// 入口
import Main from './js/main'

new Main()
