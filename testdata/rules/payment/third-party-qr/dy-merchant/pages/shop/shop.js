Page({ openCode() {} })
