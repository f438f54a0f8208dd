import { nearbyApi } from '../../mixins/nearby'

Page(Object.assign({}, nearbyApi, {
  data: { loc: null }
}))
