App({
  globalData: { base: 'https://gym.example.com' }
})
