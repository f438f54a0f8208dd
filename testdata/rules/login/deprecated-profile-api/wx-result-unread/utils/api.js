const base = 'https://api.example.com';

function post(path, data, done) {
  wx.request({
    url: base + path,
    method: 'POST',
    data,
    success: (res) => done && done(res.data),
  });
}

module.exports = { post };
