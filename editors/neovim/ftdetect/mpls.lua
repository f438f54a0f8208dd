-- Filetypes of mini-program templates: .wxml .ttml .axml .swan (.qml stays 'qml').
vim.filetype.add({
  extension = {
    wxml = 'wxml',
    ttml = 'ttml',
    axml = 'axml',
    swan = 'swan',
    wxs = 'javascript',
    sjs = 'javascript',
  },
})
