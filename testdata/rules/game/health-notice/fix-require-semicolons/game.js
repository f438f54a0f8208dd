'use strict';
const Main = require('./js/main');
const { loadAssets } = require('./js/assets');
loadAssets().then(() => new Main());
