App({ onLaunch() {} })
