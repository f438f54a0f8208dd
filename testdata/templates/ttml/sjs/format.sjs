function yuan(fen) { return (fen / 100).toFixed(2); }
export default { yuan };
