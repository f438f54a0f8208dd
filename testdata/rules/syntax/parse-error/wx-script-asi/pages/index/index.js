let page, size
(function reset () {
  page = 1
  size = 20
})()
var picked
[3, 1, 2].forEach(function (n) { picked = (picked || []).concat(n) })
let offset
-size
let digits
/^\d+$/.test(String(page))

Page({
  data: { page: page, size: size, picked: picked }
})
