-- Headless end-to-end test of :MplsNotes and :MplsPrivacy: open a template, wait for mpls to
-- attach and publish, run :MplsNotes, and find the submission notes in a Markdown scratch
-- buffer with their privacy section; then :MplsPrivacy. Exits 0 on success, 1 on failure.
--
-- Run after an init file (init_setup.lua or init_config.lua):
--   nvim --headless -u test/init_setup.lua -c 'luafile test/notes.lua'
-- Env:
--   MPLS_TEST_FILE     a file of the mini-program to open
--   MPLS_TEST_PRIVACY  a line the notes' privacy section must hold
--   MPLS_TEST_TIMEOUT  milliseconds to wait for each step (default 30000)

local env = function(name, default)
  local v = os.getenv(name)
  if v == nil or v == '' then
    if default == nil then
      error('missing environment variable ' .. name)
    end
    return default
  end
  return v
end

local function log(msg)
  io.stdout:write('[nvim-test] ' .. msg .. '\n')
end

local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients

-- Runs an Ex command and waits for the current buffer to be the scratch buffer called name.
local function open(excmd, name, timeout)
  local from = vim.api.nvim_get_current_buf()
  vim.cmd(excmd)
  local buf
  assert(
    vim.wait(timeout, function()
      buf = vim.api.nvim_get_current_buf()
      return buf ~= from and vim.api.nvim_buf_get_name(buf) == name
    end, 50),
    (':%s opened no buffer %s (current: %q)'):format(excmd, name, vim.api.nvim_buf_get_name(vim.api.nvim_get_current_buf()))
  )
  assert(vim.bo[buf].filetype == 'markdown', 'filetype is ' .. vim.bo[buf].filetype)
  assert(vim.bo[buf].buftype == 'nofile', 'buftype is ' .. vim.bo[buf].buftype .. ', not a scratch buffer')
  assert(not vim.bo[buf].buflisted, 'the scratch buffer is listed')
  assert(#vim.api.nvim_list_wins() > 1, 'not shown in a window of its own')
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  log(('%s: %s, %d lines, first %q'):format(excmd, name, #lines, lines[1]))
  return lines
end

local function holds(lines, want)
  for _, l in ipairs(lines) do
    if l:find(want, 1, true) then
      return true
    end
  end
  return false
end

local function main()
  local file = env('MPLS_TEST_FILE')
  local privacy = env('MPLS_TEST_PRIVACY')
  local timeout = tonumber(env('MPLS_TEST_TIMEOUT', '30000'))
  assert(vim.fn.exists(':MplsNotes') == 2, ':MplsNotes is not defined (plugin/mpls.lua not loaded?)')

  vim.cmd.edit(vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  assert(
    vim.wait(timeout, function()
      local c = get_clients({ bufnr = buf, name = 'mpls' })[1]
      return c ~= nil and c.initialized ~= false and #vim.diagnostic.get(buf) > 0
    end, 50),
    'mpls did not attach and publish (see the server log and lsp.log)'
  )
  log('attached and published: ' .. #vim.diagnostic.get(buf) .. ' diagnostics')

  local notes = open('MplsNotes', 'mpls://submission-notes', timeout)
  for _, want in ipairs({ '# 提审说明', '## 补充说明', '1. 本次是否涉及新增用户隐私信息收集？', privacy }) do
    if not holds(notes, want) then
      error(('the notes lack %q:\n%s'):format(want, table.concat(notes, '\n')))
    end
  end
  log('privacy section: ' .. privacy)

  vim.cmd.wincmd('p')
  local decl = open('MplsPrivacy', 'mpls://privacy-declaration', timeout)
  assert(decl[1]:find('# 用户隐私保护指引', 1, true), 'the declaration starts with ' .. tostring(decl[1]))

  for _, c in ipairs(get_clients({ name = 'mpls' })) do
    c.stop()
  end
end

local ok, err = xpcall(main, debug.traceback)
if ok then
  log('PASS')
  vim.cmd('qall!')
else
  io.stderr:write('[nvim-test] FAIL: ' .. tostring(err) .. '\n')
  vim.cmd('cquit! 1')
end
