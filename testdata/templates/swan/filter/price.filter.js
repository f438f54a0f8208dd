export default { yuan: function (v) { return '¥' + (v / 100).toFixed(2); } };
