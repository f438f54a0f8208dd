import config from '../app.json';

// page name → route, from the pages app.json registers
const byName = {};
config.pages.forEach((route) => {
  byName[route.split('/').pop()] = '/' + route;
});

export function go(name) {
  my.navigateTo({ url: byName[name] });
}
