export default class Main {
  constructor() {
    tt.createCanvas().getContext('2d').fillText('著作权人：示例网络科技有限公司', 20, 600)
  }
}
