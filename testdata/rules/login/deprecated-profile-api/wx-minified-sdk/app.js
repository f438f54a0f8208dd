const stat = require('./vendor/stat.min.js')
App({ onLaunch() { stat.init('demo') } })
