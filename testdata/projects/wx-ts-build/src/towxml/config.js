module.exports = {
  theme: 'light',
  // 公式和流程图由远端服务渲染成图片
  latex: { api: 'http://latex.render.example.com/svg' },
  yuml: { api: 'http://yuml.render.example.com/diagram' },
}
