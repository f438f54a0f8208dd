Page({ enter() {} })
