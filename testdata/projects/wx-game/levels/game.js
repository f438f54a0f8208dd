// 分包：更多关卡配置
export const LEVELS = [
  { id: 1, target: 300, steps: 20 },
  { id: 2, target: 500, steps: 22 },
  { id: 3, target: 800, steps: 25 }
]
