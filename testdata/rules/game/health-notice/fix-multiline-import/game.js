import {
	Main,
	loadAssets
} from './js/main'
loadAssets().then(() => new Main())
