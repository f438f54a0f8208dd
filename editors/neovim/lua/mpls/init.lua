-- mpls for Neovim 0.8–0.10: starts `mpls serve` with vim.lsp.start for mini-program templates.
-- (Neovim 0.11+ can use lsp/mpls.lua with vim.lsp.enable('mpls') instead; see README.md.)
--
--   require('mpls').setup({
--     cmd = { 'mpls', 'serve' },                  -- or a path: { '/path/to/mpls', 'serve' }
--     settings = { mpls = { locale = 'en', rules = { ['login/phone-button-label'] = 'error' } } },
--   })

local M = {}

M.template_filetypes = { 'wxml', 'ttml', 'axml', 'swan', 'qml' }
M.script_filetypes = { 'javascript', 'typescript', 'json', 'jsonc', 'wxs', 'sjs' }

M.root_markers = {
  'project.config.json', -- WeChat, Douyin, QQ
  'app.json',
  'project.private.config.json',
  'mini.project.json', -- Alipay
  'project.swan.json', -- Baidu
}

local defaults = {
  cmd = { 'mpls', 'serve' },
  -- Template filetypes always start mpls; script filetypes only inside a mini-program project
  -- (a root marker above the file). Set scripts = false to check templates only.
  filetypes = M.template_filetypes,
  scripts = true,
  root_markers = M.root_markers,
  settings = { mpls = {} },
  capabilities = nil,
  on_attach = nil,
  autostart = true,
  -- Apply every safe mpls fix (source.fixAll.mpls) before each write of an attached buffer.
  fix_on_save = false,
}

M.config = vim.deepcopy(defaults)

local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients -- 0.10+ / 0.8–0.9

local function notify(msg, level)
  vim.schedule(function()
    vim.notify('mpls: ' .. msg, level or vim.log.levels.INFO)
  end)
end

-- Filetype detection for the five template extensions (and inline-script files).
-- `.qml` is also Qt's QML: it stays 'qml' (Neovim's own choice) and mpls only attaches when the
-- file looks like a template inside a mini-program project (see is_qq_template).
function M.add_filetypes()
  vim.filetype.add({
    extension = {
      wxml = 'wxml',
      ttml = 'ttml',
      axml = 'axml',
      swan = 'swan',
      qml = 'qml',
      wxs = 'javascript',
      sjs = 'javascript',
    },
  })
end

-- mpls reads plain JSON objects: an empty Lua table would be sent as [] (an array), so maps
-- that are empty become vim.empty_dict().
local map_keys = { rules = true, lexicon = true, add = true }
local function sanitize(value, key)
  if type(value) ~= 'table' then
    return value
  end
  if next(value) == nil then
    if key == nil or map_keys[key] then
      return vim.empty_dict()
    end
    return value
  end
  local out = {}
  for k, v in pairs(value) do
    out[k] = sanitize(v, k)
  end
  return out
end

--- The `mpls` settings object from a user `settings` table: accepts { mpls = {...} } or the
--- inner table itself.
function M.server_settings(settings)
  settings = settings or {}
  local inner = settings.mpls
  if inner == nil then
    inner = settings
  end
  return sanitize(vim.deepcopy(inner))
end

local function buf_path(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' or vim.bo[bufnr].buftype ~= '' then
    return nil
  end
  return name
end

--- The project root of a file: the nearest folder above it with a root marker.
function M.find_root(path, markers)
  local found = vim.fs.find(markers or M.config.root_markers, {
    upward = true,
    path = vim.fs.dirname(path),
    limit = 1,
  })[1]
  return found and vim.fs.dirname(found) or nil
end

local function is_qq_template(bufnr)
  for _, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, 50, false)) do
    local first = line:match('^%s*(%S)')
    if first then
      return first == '<'
    end
  end
  return true -- an empty file in a mini-program project
end

local function resolve_cmd(cmd)
  if type(cmd) == 'string' then
    cmd = { cmd, 'serve' }
  end
  if type(cmd) ~= 'table' or type(cmd[1]) ~= 'string' then
    return nil, "setup{ cmd = ... } must be a list such as { 'mpls', 'serve' }"
  end
  local exe = vim.fn.exepath(cmd[1])
  if exe == '' then
    return nil,
      ("'%s' is not an executable (not on PATH?). Build it with `go build -o bin/mpls ./cmd/mpls` "):format(cmd[1])
        .. "and pass its path: require('mpls').setup{ cmd = { '/path/to/mpls', 'serve' } }"
  end
  return cmd
end

local warned = false

--- Starts (or reuses) the mpls client for a buffer. Returns the client id, or nil.
function M.start(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local path = buf_path(bufnr)
  if not path then
    return nil
  end
  local ft = vim.bo[bufnr].filetype
  local root = M.find_root(path)
  local is_template = vim.tbl_contains(M.template_filetypes, ft)
  if not is_template or ft == 'qml' then
    -- Scripts, JSON and .qml only inside a mini-program project.
    if not root then
      return nil
    end
    if ft == 'qml' then
      if not is_qq_template(bufnr) then
        return nil
      end
      -- A QQ template, not Qt QML: template highlighting and comments.
      vim.bo[bufnr].syntax = 'mpls_template'
      vim.bo[bufnr].commentstring = '<!-- %s -->'
    end
  end
  local cmd, err = resolve_cmd(M.config.cmd)
  if not cmd then
    if not warned then
      warned = true
      notify(err, vim.log.levels.ERROR)
    end
    return nil
  end
  local settings = M.server_settings(M.config.settings)
  local id = vim.lsp.start({
    name = 'mpls',
    cmd = cmd,
    root_dir = root or vim.fs.dirname(path),
    settings = { mpls = settings },
    init_options = settings,
    capabilities = M.config.capabilities,
    on_attach = M.config.on_attach,
  }, { bufnr = bufnr })
  if id and M.config.fix_on_save then
    local group = vim.api.nvim_create_augroup('mpls_fix_on_save_' .. bufnr, { clear = true })
    vim.api.nvim_create_autocmd('BufWritePre', {
      group = group,
      buffer = bufnr,
      callback = function(args)
        M.fix_all(args.buf)
      end,
    })
  end
  return id
end

--- Applies every safe mpls fix of a buffer at once (the source.fixAll.mpls code action), and
--- waits for it: fit for BufWritePre. Returns the number of text edits applied.
function M.fix_all(bufnr, timeout_ms)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = get_clients({ name = 'mpls', bufnr = bufnr })[1]
  if not client then
    return 0
  end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { diagnostics = {}, only = { 'source.fixAll.mpls' } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout_ms or 3000) or {}
  local resp = responses[client.id]
  if not resp or resp.err or not resp.result then
    return 0
  end
  local n = 0
  for _, action in ipairs(resp.result) do
    if action.kind == 'source.fixAll.mpls' and action.edit then
      for _, edits in pairs(action.edit.changes or {}) do
        n = n + #edits
      end
      vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
    end
  end
  return n
end

--- Sends changed settings to running mpls clients (workspace/didChangeConfiguration).
function M.update_settings(settings)
  M.config.settings = settings
  local s = M.server_settings(settings)
  for _, client in ipairs(get_clients({ name = 'mpls' })) do
    client.config.settings = { mpls = s }
    client.notify('workspace/didChangeConfiguration', { settings = { mpls = s } })
  end
end

function M.setup(opts)
  if vim.fn.has('nvim-0.8') == 0 then
    notify('needs Neovim 0.8 or newer (vim.lsp.start)', vim.log.levels.ERROR)
    return
  end
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})
  if opts and opts.filetypes then
    M.config.filetypes = opts.filetypes -- a list replaces, it does not merge
  end
  if opts and opts.root_markers then
    M.config.root_markers = opts.root_markers
  end
  warned = false
  M.add_filetypes()

  local fts = vim.deepcopy(M.config.filetypes)
  if M.config.scripts then
    vim.list_extend(fts, M.script_filetypes)
  end
  local group = vim.api.nvim_create_augroup('mpls', { clear = true })
  if M.config.autostart then
    vim.api.nvim_create_autocmd('FileType', {
      group = group,
      pattern = fts,
      callback = function(args)
        M.start(args.buf)
      end,
    })
    -- Buffers opened before setup() ran.
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(fts, vim.bo[buf].filetype) then
        M.start(buf)
      end
    end
  end
end

return M
