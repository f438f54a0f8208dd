import { request } from '../../utils/request'

// A reply component that publishes by itself: a flow of its own, reported
// at the call in the method the tap handler hands the text to.
Component({
  properties: { threadId: String },
  data: { text: '' },
  methods: {
    onInput(e) {
      this.setData({ text: e.detail.value })
    },
    onSend() {
      if (this.data.text) this.postReply(this.data.text)
    },
    postReply(text) {
      return request('/threads/' + this.properties.threadId + '/replies', 'POST', { text })
    }
  }
})
