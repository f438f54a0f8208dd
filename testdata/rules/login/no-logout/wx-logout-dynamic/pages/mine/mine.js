Page({
  data: { loggedIn: false },
  onAccount() {}
})
