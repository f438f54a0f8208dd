import './js/libs/adapter'
import Main from './js/main'

new Main()
