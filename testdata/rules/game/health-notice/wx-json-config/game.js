const cfg = require('./config.js')

console.log(cfg)
