import { observable, action } from 'mobx-miniprogram'

export const cart = observable({
  items: [],
  get count() {
    return this.items.length
  },
  add: action(function (item) {
    this.items.push(item)
  })
})
