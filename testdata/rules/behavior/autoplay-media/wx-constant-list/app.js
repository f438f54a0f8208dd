App({ globalData: { campus: null } })
