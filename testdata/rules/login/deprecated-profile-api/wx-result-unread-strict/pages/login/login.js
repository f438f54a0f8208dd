const api = require('../../utils/api');

Page({
  data: { nickName: '' },

  // The profile comes from the button; the call only adds the encrypted
  // IDs to the code exchange, and its own res is never read for a profile
  // (the inner res is the server's answer).
  onAuth(e) {
    const profile = e.detail.userInfo;
    wx.login({
      success: (login) => {
        wx.getUserInfo({
          success: function (res) {
            api.post('/session', { code: login.code, encryptedData: res.encryptedData, iv: res.iv }, function (res) {
              api.post('/user', { openid: res.openid, nick: profile.nickName, avatar: profile.avatarUrl });
            });
          },
        });
      },
    });
  },

  // The encrypted data is all the server gets: it may decrypt the
  // nickname from it, which is now 微信用户.
  refreshSession() {
    wx.login({
      success: (login) => {
        wx.getUserInfo({
          success: ({ encryptedData, iv }) => {
            api.post('/session', { code: login.code, encryptedData, iv });
          },
        });
      },
    });
  },

  // Reads the profile: every user shows as 微信用户.
  syncProfile() {
    wx.getUserProfile({
      desc: '同步资料',
      success: (res) => {
        this.setData({ nickName: res.userInfo.nickName });
      },
    });
  },

  // Hands the whole result on.
  saveProfile() {
    wx.getUserInfo({
      success(res) {
        api.post('/profile', res);
      },
    });
  },

  // Reads nothing from the result.
  remind() {
    wx.getUserProfile({
      desc: '开启提醒',
      success: () => {
        wx.showToast({ title: '已开启' });
      },
    });
  },
});
