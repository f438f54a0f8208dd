// 启动页：游戏名称、健康游戏忠告与版号信息
const LICENSE_LINES = [
  '著作权人：示例网络科技有限公司',
  '出版单位：示例出版社',
  '批准文号：国新出审〔2024〕0000号',
  '出版物号：ISBN 978-7-0000-0000-0'
]

export function drawStartScreen(ctx, notice) {
  const { width, height, ratio } = GameGlobal.screen
  ctx.scale(ratio, ratio)
  ctx.fillStyle = '#fff8e7'
  ctx.fillRect(0, 0, width, height)
  ctx.fillStyle = '#d35400'
  ctx.font = 'bold 40px sans-serif'
  ctx.textAlign = 'center'
  ctx.fillText('开心消消乐园', width / 2, height * 0.3)
  ctx.fillStyle = '#555'
  ctx.font = '14px sans-serif'
  wrap(ctx, notice, width / 2, height * 0.6, width - 48, 20)
  LICENSE_LINES.forEach((line, i) => ctx.fillText(line, width / 2, height * 0.8 + i * 18))
  ctx.fillText('轻触屏幕开始游戏', width / 2, height * 0.5)
}

function wrap(ctx, text, x, y, maxWidth, lineHeight) {
  let line = ''
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > maxWidth) {
      ctx.fillText(line, x, y)
      line = ch
      y += lineHeight
    } else {
      line += ch
    }
  }
  if (line) ctx.fillText(line, x, y)
}
