import store from '../index.js'
const state = require('./index')

// connect gives a page the shared basket state
export default function connect(options) {
  options.data = Object.assign({}, options.data, state.data)
  options.store = store
  return options
}
