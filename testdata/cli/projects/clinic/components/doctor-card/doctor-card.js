Component({
  properties: { doctor: Object },
  methods: {
    onCall() {
      wx.makePhoneCall({ phoneNumber: this.data.doctor.phone })
    }
  }
})
