// towxml 的入口：把 markdown / html 转成组件能渲染的节点树
const config = require('./config')

module.exports = (text, type) => ({ type, text, theme: config.theme })
