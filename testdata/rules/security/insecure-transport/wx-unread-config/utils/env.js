// Requests go to apiBase only; webBase is a leftover that nothing reads,
// so its http:// address is never requested.
const env = {
  prod: { webBase: 'http://www.shop.example.com', apiBase: 'https://api.shop.example.com' },
  staging: { webBase: 'http://staging.shop.example.com', apiBase: 'https://staging-api.shop.example.com' }
}

export const current = env.prod
