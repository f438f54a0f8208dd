Page({ onCheckIn() { this.setData({ days: 1 }) } })
