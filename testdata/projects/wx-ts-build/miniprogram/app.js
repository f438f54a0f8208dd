"use strict";
var tracker = require('./utils/sdk/tracker');
App({
    globalData: { community: '' },
    onLaunch: function () { tracker.init({ app: 'linli-tuangou' }); },
});
