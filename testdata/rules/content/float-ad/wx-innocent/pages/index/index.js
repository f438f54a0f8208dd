Page({
  data: { adUnitId: 'adunit-1a2b3c4d5e6f7a8b', slot: '' }
})
