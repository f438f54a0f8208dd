-- :checkhealth mpls
local M = {}

function M.check()
  local health = vim.health or require('health')
  local start = health.start or health.report_start
  local ok = health.ok or health.report_ok
  local warn = health.warn or health.report_warn
  local err = health.error or health.report_error
  local info = health.info or health.report_info

  start('mpls')
  if vim.fn.has('nvim-0.8') == 1 then
    ok('Neovim ' .. tostring(vim.version()) .. ' has vim.lsp.start')
  else
    err('Neovim 0.8 or newer is needed')
  end

  local mpls = require('mpls')
  local cmd = mpls.config.cmd
  if type(cmd) == 'string' then
    cmd = { cmd, 'serve' }
  end
  local exe = type(cmd) == 'table' and cmd[1] and vim.fn.exepath(cmd[1]) or ''
  if exe ~= '' then
    ok(('server: %s (cmd %s)'):format(exe, table.concat(cmd, ' ')))
  else
    err(('server not found: %s'):format(vim.inspect(cmd)), {
      'build it: go build -o bin/mpls ./cmd/mpls',
      "then: require('mpls').setup{ cmd = { '/path/to/mpls', 'serve' } }",
    })
  end

  for _, ext in ipairs({ 'wxml', 'ttml', 'axml', 'swan' }) do
    local ft = vim.filetype.match({ filename = 'x.' .. ext })
    if ft == ext then
      ok(('*.%s → filetype %s'):format(ext, ft))
    else
      warn(('*.%s → filetype %s (expected %s): is the plugin on runtimepath?'):format(ext, tostring(ft), ext))
    end
  end

  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  local clients = get({ name = 'mpls' })
  if #clients == 0 then
    info('no mpls client running (open a template in a mini-program project)')
  end
  for _, c in ipairs(clients) do
    info(('client %d: root %s'):format(c.id, tostring(c.config.root_dir)))
  end
end

return M
