export default {
  distance(m) { return m < 1000 ? m + 'm' : (m / 1000).toFixed(1) + 'km'; },
  money(fen) { return (fen / 100).toFixed(2); },
};
