module.exports = class Main {};
