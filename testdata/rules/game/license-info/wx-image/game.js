import Main from './js/main'

new Main()
