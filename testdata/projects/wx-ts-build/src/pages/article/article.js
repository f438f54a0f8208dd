"use strict";
var render = require('../../towxml/index');
var NOTICE_API = 'http://cms.linli.example.com/notice';
Page({
    data: { article: {} },
    onLoad: function () {
        var _this = this;
        wx.request({
            url: NOTICE_API,
            success: function (res) { return _this.setData({ article: render(res.data, 'markdown') }); },
        });
    },
});
