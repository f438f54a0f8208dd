Page({ onLoad(q) { this.setData({ src: decodeURIComponent(q.src) }) } })
