-- mpls config for Neovim 0.11+ (vim.lsp.config / vim.lsp.enable) and nvim-lspconfig.
-- With this folder on 'runtimepath':   vim.lsp.enable('mpls')
-- Override any field:                  vim.lsp.config('mpls', { cmd = { '/path/to/mpls', 'serve' } })
---@type vim.lsp.Config
return {
  cmd = { 'mpls', 'serve' },
  filetypes = { 'wxml', 'ttml', 'axml', 'swan', 'qml' },
  root_markers = { 'project.config.json', 'app.json', 'mini.project.json', 'project.swan.json' },
  -- Answered to the server's workspace/configuration request for section "mpls"; the same
  -- table goes out as initializationOptions (before_init below).
  -- Keys: platform (wechat|douyin|alipay|baidu|qq, default: detected), locale (zh-CN|en),
  -- rules ({ ['rule/id'] = 'off'|'error'|'warning'|'information'|'hint' }),
  -- lexicon ({ add = { list = { 'word' } }, allow = { 'word' } }), ignore ({ 'glob' }).
  settings = {
    mpls = {
      locale = 'zh-CN',
      rules = vim.empty_dict(),
      ignore = {},
    },
  },
  before_init = function(params, config)
    local s = (config.settings or {}).mpls
    if s ~= nil then
      -- An empty Lua table would be sent as [] instead of {}.
      if type(s.rules) == 'table' and next(s.rules) == nil then
        s.rules = vim.empty_dict()
      end
      params.initializationOptions = s
    end
  end,
}
