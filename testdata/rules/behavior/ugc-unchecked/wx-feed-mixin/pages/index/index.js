import { feedData, feedMethods } from '../../common/feed'
import { finderMethods } from '../../common/finder'

const page = {
  data: { query: '' },
  onLoad() {
    this.loadPosts()
  }
}
Object.assign(page, feedMethods, finderMethods)
Object.assign(page.data, feedData)
Page(page)
