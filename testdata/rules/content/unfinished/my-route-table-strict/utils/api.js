// server endpoints
export const endpoints = {
  lab: '/lab',
  cart: '/cart/items',
};
