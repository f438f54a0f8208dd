Component({
  properties: { show: Boolean, jobId: Number },
  data: { name: '', mobile: '', code: '' },
  methods: {
    onName(e) { this.setData({ name: e.detail.value }) },
    onMobile(e) { this.setData({ mobile: e.detail.value }) },
    onCode(e) { this.setData({ code: e.detail.value }) },
    sendCode() {
      tt.request({ url: 'https://api.kuaipin.example.com/sms/send', method: 'POST', data: { mobile: this.data.mobile } })
    },
    cancel() { this.triggerEvent('close') },
    confirm() {
      tt.request({
        url: 'https://api.kuaipin.example.com/jobs/apply',
        method: 'POST',
        data: { jobId: this.properties.jobId, name: this.data.name, mobile: this.data.mobile, code: this.data.code },
        success: () => this.triggerEvent('close')
      })
    }
  }
})
