module.exports = { BASE: 'https://api.jingyi.example.com/' }
