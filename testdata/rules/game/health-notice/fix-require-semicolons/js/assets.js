module.exports = { loadAssets: () => Promise.resolve() };
