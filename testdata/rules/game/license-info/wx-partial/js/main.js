export default class Main {
  constructor() {
    canvas.getContext('2d').fillText('批准文号：国新出审〔2024〕0123号', 20, 600)
  }
}
