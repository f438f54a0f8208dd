"use strict";
Page({
    data: { address: null },
    onPhone: function (e) { console.log('phone code', e.detail.code); },
    pickAddress: function () {
        var _this = this;
        wx.chooseAddress({
            success: function (address) { return _this.setData({ address: address }); },
            fail: function () { return wx.showToast({ title: '未选择地址', icon: 'none' }); },
        });
    },
});
