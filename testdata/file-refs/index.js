module.exports = require('./store/index')
