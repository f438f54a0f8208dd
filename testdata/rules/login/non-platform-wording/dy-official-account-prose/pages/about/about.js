Page({
  onCall() {
    tt.makePhoneCall({ phoneNumber: '4008201234' })
  }
})
