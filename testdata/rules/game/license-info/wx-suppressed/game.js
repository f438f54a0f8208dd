// mpls-disable-next-line game/license-info
import Main from './js/main'

new Main()
