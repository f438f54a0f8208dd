Page({ onSubmit() {} })
