export const APP_SECRET = '0123456789abcdef0123456789abcdef'
