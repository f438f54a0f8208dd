const client = require('../utils/client')

const listSlides = () => client.get('/v1/noauth/slides')
const listRoutes = (city) => client.get(`/v1/public/routes?city=${city}`)
const listNotices = () => client.get('/v1/notices', { needLogin: false })
const listDeals = () => client.get('/v1/deals')
const myPoints = () => client.get('/v1/member/points')
const myTickets = () => client.get('/v1/member/tickets')

module.exports = { listSlides, listRoutes, listNotices, listDeals, myPoints, myTickets }
