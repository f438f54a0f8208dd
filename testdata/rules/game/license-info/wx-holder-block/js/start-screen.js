const LICENSE_LINES = [
  '著作权人：示例网络科技有限公司',
  '出版单位：示例出版社',
  '批准文号：国新出审〔2024〕0000号',
  '出版物号：ISBN 978-7-0000-0000-0'
]
export function drawLicense(ctx) {
  LICENSE_LINES.forEach((l, i) => ctx.fillText(l, 20, 600 + i * 18))
}
