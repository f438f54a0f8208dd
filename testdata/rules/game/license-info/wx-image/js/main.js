const LICENSE_IMG = 'images/start/license-info.png'
export default class Main {}
