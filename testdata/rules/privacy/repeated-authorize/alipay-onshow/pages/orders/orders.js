import { fetchMember } from '../../utils/member'

Page({
  onShow() {
    fetchMember((member) => this.setData({ member }))
  }
})
