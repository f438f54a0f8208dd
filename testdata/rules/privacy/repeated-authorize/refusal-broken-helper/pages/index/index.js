import { account } from '../../utils/auth'

Page({
  order() {
    account.login(code => my.navigateTo({ url: '/pages/index/index?code=' + code }))
  }
})
