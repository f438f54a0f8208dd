export class Main {}
export function loadAssets() { return Promise.resolve() }
