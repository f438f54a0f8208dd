// The helper is imported under another name: found by following the
// import, not by the name at the call.
import { postJSON as shareNote } from '../../utils/send'

Page({
  data: { note: '' },
  onNote(e) { this.setData({ note: e.detail.value }) },
  onShare() {
    shareNote('/notes', { text: this.data.note })
  }
})
