Page({
  onSubmit() {}
})
