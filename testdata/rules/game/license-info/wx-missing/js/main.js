export default class Main {
  constructor() {
    canvas.getContext('2d').fillText('🎮 开始游戏', 100, 200)
  }
}
