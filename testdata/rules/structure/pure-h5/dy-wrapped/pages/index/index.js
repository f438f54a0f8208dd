Page({
  data: { url: 'https://m.example.com/?from=douyin' },
  onMessage() {}
})
