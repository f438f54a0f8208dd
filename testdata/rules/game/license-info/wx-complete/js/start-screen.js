const LICENSE_LINES = [
  '批准文号：国新出审〔2023〕1234号',
  '出版物号：ISBN 978-7-498-12345-6',
  '著作权登记号：2023SR0123456'
]
export function drawLicense(ctx) {
  LICENSE_LINES.forEach((l, i) => ctx.fillText(l, 20, 600 + i * 18))
}
