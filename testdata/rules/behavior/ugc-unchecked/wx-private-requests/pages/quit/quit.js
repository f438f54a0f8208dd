import { submitApproval } from '../../api/oa'

// Leaving the job: the note goes up the approval chain, to no one else.
Page({
  data: { lastDay: '' },
  onDay(e) { this.setData({ lastDay: e.detail.value }) },
  onSubmit(e) {
    submitApproval('QUIT', { lastDay: this.data.lastDay, note: e.detail.value.note })
  }
})
