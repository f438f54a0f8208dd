-- Test init file: uses the config table of lsp/mpls.lua, the way Neovim 0.11+ does with
-- vim.lsp.enable('mpls'). On 0.10 (no vim.lsp.enable) it does what enable() would: start the
-- config for its filetypes with root_dir from root_markers.
-- Env: MPLS_BIN, MPLS_TEST_LOCALE, MPLS_TEST_PLATFORM, MPLS_TEST_LOG.
local test_dir = vim.fs.dirname(debug.getinfo(1, 'S').source:sub(2))
vim.opt.runtimepath:prepend(vim.fs.dirname(test_dir))
vim.opt.swapfile = false
vim.opt.shadafile = 'NONE'

-- Unset or empty variables mean "not set".
local function getenv(name)
  local v = os.getenv(name)
  return v ~= '' and v or nil
end

local cmd = { getenv('MPLS_BIN') or 'mpls', 'serve' }
if getenv('MPLS_TEST_LOG') then
  vim.list_extend(cmd, { '--log-file', os.getenv('MPLS_TEST_LOG'), '--log-level', 'debug' })
end

local file = vim.api.nvim_get_runtime_file('lsp/mpls.lua', false)[1]
assert(file, 'lsp/mpls.lua is not on runtimepath')
local config = dofile(file)
config.cmd = cmd
config.settings.mpls.locale = getenv('MPLS_TEST_LOCALE') or config.settings.mpls.locale
config.settings.mpls.platform = getenv('MPLS_TEST_PLATFORM')

if vim.lsp.enable then
  vim.lsp.config('mpls', config)
  vim.lsp.enable('mpls')
  return
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = config.filetypes,
  callback = function(args)
    local path = vim.api.nvim_buf_get_name(args.buf)
    local marker = vim.fs.find(config.root_markers, { upward = true, path = vim.fs.dirname(path), limit = 1 })[1]
    local start = vim.tbl_extend('force', { name = 'mpls' }, config)
    start.filetypes, start.root_markers = nil, nil
    start.root_dir = marker and vim.fs.dirname(marker) or vim.fs.dirname(path)
    vim.lsp.start(start, { bufnr = args.buf })
  end,
})
