Page({
  data: { account: '', pwd: '' },
  onSubmit() {}
})
