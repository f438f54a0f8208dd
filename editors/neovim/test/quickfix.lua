-- Headless end-to-end test: open a template, wait for mpls's diagnostic, get the quick fix,
-- apply it, check the buffer line and the file on disk. Exits 0 on success, 1 on any failure.
--
-- Run after an init file (init_setup.lua or init_config.lua):
--   nvim --headless -u test/init_setup.lua -c 'luafile test/quickfix.lua'
-- Env:
--   MPLS_TEST_FILE    template to open (a copy: it is edited and written)
--   MPLS_TEST_FT      expected filetype (wxml, ttml, ...)
--   MPLS_TEST_LINE    1-based line number of the button
--   MPLS_TEST_EXPECT  exact text of that line after the fix
--   MPLS_TEST_TITLE   exact title of the quick fix
--   MPLS_TEST_LABEL   text the diagnostic must cover (default 一键登录)
--   MPLS_TEST_APPLY   'user' (vim.lsp.buf.code_action{apply=true}), 'request'
--                     (textDocument/codeAction + apply_workspace_edit) or 'save' (:write
--                     with setup{ fix_on_save = true }: source.fixAll.mpls before the write)
--   MPLS_TEST_TIMEOUT milliseconds to wait for each step (default 30000)

local RULE = 'login/phone-button-label'
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

local function main()
  local file = env('MPLS_TEST_FILE')
  local want_ft = env('MPLS_TEST_FT')
  local lnum = tonumber(env('MPLS_TEST_LINE'))
  local expect = env('MPLS_TEST_EXPECT')
  local title = env('MPLS_TEST_TITLE')
  local label = env('MPLS_TEST_LABEL', '一键登录')
  local mode = env('MPLS_TEST_APPLY', 'user')
  local timeout = tonumber(env('MPLS_TEST_TIMEOUT', '30000'))
  log(('Neovim %s, mode %s, file %s'):format(tostring(vim.version()), mode, file))

  vim.cmd.edit(vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  assert(vim.bo[buf].filetype == want_ft, ('filetype is %q, want %q'):format(vim.bo[buf].filetype, want_ft))

  local client
  assert(
    vim.wait(timeout, function()
      client = get_clients({ bufnr = buf, name = 'mpls' })[1]
      return client ~= nil and client.initialized ~= false
    end, 50),
    'mpls did not attach to the buffer (see the server log and lsp.log)'
  )
  log(('attached: %s (root %s)'):format(client.name, tostring(client.config.root_dir)))

  local diag
  local function find_diag()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == RULE then
        return d
      end
    end
  end
  if
    not vim.wait(timeout, function()
      diag = find_diag()
      return diag ~= nil
    end, 50)
  then
    error(('no %s diagnostic; diagnostics: %s'):format(RULE, vim.inspect(vim.diagnostic.get(buf))))
  end
  assert(diag.source == 'mpls', 'diagnostic source is ' .. tostring(diag.source))
  assert(diag.lnum == lnum - 1, ('diagnostic on line %d, want %d'):format(diag.lnum + 1, lnum))
  local before = vim.api.nvim_buf_get_lines(buf, lnum - 1, lnum, false)[1]
  local covered = before:sub(diag.col + 1, diag.end_col)
  assert(covered == label, ('diagnostic covers %q, want %q (byte cols %d-%d)'):format(covered, label, diag.col, diag.end_col))
  log(('diagnostic: [%s] %s at %d:%d-%d covers %q'):format(diag.code, diag.message, diag.lnum + 1, diag.col, diag.end_col, covered))

  if mode == 'save' then
    -- fix-on-save: the write itself applies the safe fixes, then writes them
    vim.cmd.write()
    local line = vim.api.nvim_buf_get_lines(buf, lnum - 1, lnum, false)[1]
    if line ~= expect then
      error(('line %d after :write with fix_on_save:\n  got:  %s\n  want: %s'):format(lnum, line, expect))
    end
    local on_disk = vim.fn.readfile(file)[lnum]
    assert(on_disk == expect, ('file line %d on disk is %q, want %q'):format(lnum, tostring(on_disk), expect))
    assert(not vim.bo[buf].modified, 'the buffer is left modified after the write')
    log('fixed on save; buffer and file on disk match: ' .. line)
    for _, c in ipairs(get_clients({ name = 'mpls' })) do
      c.stop()
    end
    return
  end

  vim.api.nvim_win_set_cursor(0, { diag.lnum + 1, diag.col })
  local titles = {}
  local after
  local function line_changed(ms)
    return vim.wait(ms, function()
      after = vim.api.nvim_buf_get_lines(buf, lnum - 1, lnum, false)[1]
      return after ~= before
    end, 50)
  end

  -- Asked again while the server answers without the fix (as a person presses the key again),
  -- until the timeout; each attempt is logged.
  local uv = vim.uv or vim.loop
  local function now()
    uv.update_time()
    return uv.now()
  end
  local deadline = now() + timeout
  local attempt = 0
  local changed = false
  while not changed and now() < deadline do
    attempt = attempt + 1
    titles = {}
    if mode == 'user' then
      -- What a user does: code action at the cursor, the quick fix picked by title, applied.
      vim.lsp.buf.code_action({
        context = { only = { 'quickfix' } },
        filter = function(action)
          table.insert(titles, action.title)
          return action.title == title
        end,
        apply = true,
      })
      changed = line_changed(2000)
    else
      local current = find_diag() or diag
      local lsp_diag = current.user_data and current.user_data.lsp
      assert(lsp_diag, 'diagnostic has no user_data.lsp')
      local params = {
        textDocument = { uri = vim.uri_from_bufnr(buf) },
        range = lsp_diag.range,
        context = { diagnostics = { lsp_diag }, only = { 'quickfix' } },
      }
      local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, timeout) or {}
      local chosen
      for _, resp in pairs(responses) do
        assert(not resp.err, 'codeAction error: ' .. vim.inspect(resp.err))
        for _, action in ipairs(resp.result or {}) do
          table.insert(titles, action.title)
          if action.title == title then
            chosen = action
          end
        end
      end
      if chosen then
        assert(chosen.kind == 'quickfix', 'kind is ' .. tostring(chosen.kind))
        if not chosen.edit and not chosen.command then
          local r = client.request_sync('codeAction/resolve', chosen, timeout, buf)
          assert(r and not r.err, 'codeAction/resolve failed: ' .. vim.inspect(r))
          chosen = r.result
        end
        if chosen.edit then
          vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
        end
        if chosen.command then
          local cmd = type(chosen.command) == 'table' and chosen.command or chosen
          client.request_sync('workspace/executeCommand', { command = cmd.command, arguments = cmd.arguments }, timeout, buf)
        end
        changed = line_changed(timeout)
        break
      end
      vim.wait(300)
    end
    if not changed then
      log(('attempt %d: no quick fix titled %q yet (offered: %s)'):format(attempt, title, vim.inspect(titles)))
    end
  end
  assert(changed, ('the quick fix %q was never applied (last titles offered: %s)'):format(title, vim.inspect(titles)))
  log(('quick fix applied (attempt %d)'):format(attempt))
  if after ~= expect then
    error(('line %d after the fix:\n  got:  %s\n  want: %s'):format(lnum, after, expect))
  end
  log('buffer line after the fix: ' .. after)

  -- The server sees the edit (incremental sync) and drops the diagnostic.
  assert(
    vim.wait(timeout, function()
      return find_diag() == nil
    end, 50),
    'the diagnostic is still there after the fix: ' .. vim.inspect(find_diag())
  )

  vim.cmd.write()
  local on_disk = vim.fn.readfile(file)[lnum]
  assert(on_disk == expect, ('file line %d on disk is %q, want %q'):format(lnum, tostring(on_disk), expect))
  log('file on disk matches')

  for _, c in ipairs(get_clients({ name = 'mpls' })) do
    c.stop()
  end
  vim.wait(5000, function()
    return #get_clients({ name = 'mpls' }) == 0
  end, 50)
end

local ok, err = xpcall(main, debug.traceback)
if ok then
  log('PASS')
  vim.cmd('qall!')
else
  io.stderr:write('[nvim-test] FAIL: ' .. tostring(err) .. '\n')
  vim.cmd('cquit! 1')
end
