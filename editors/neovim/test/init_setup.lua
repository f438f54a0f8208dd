-- Test init file: a user's config that loads mpls from 'runtimepath' and calls setup().
-- Env: MPLS_BIN (server binary), MPLS_TEST_LOCALE, MPLS_TEST_PLATFORM, MPLS_TEST_LOG.
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

require('mpls').setup({
  cmd = cmd,
  fix_on_save = getenv('MPLS_TEST_APPLY') == 'save',
  settings = {
    mpls = {
      locale = getenv('MPLS_TEST_LOCALE'),
      platform = getenv('MPLS_TEST_PLATFORM'),
    },
  },
})
