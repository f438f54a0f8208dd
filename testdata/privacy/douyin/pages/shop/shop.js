Page({
  upload() {
    tt.chooseImage({ count: 3 })
  },
  callShop() {
    tt.makePhoneCall({ phoneNumber: '4001234567' })
  },
  copyCode() {
    tt.setClipboardData({ data: 'SHOP2024' })
  }
})
