-- The documents mpls drafts as Markdown (workspace/executeCommand): the submission notes
-- (提审说明, :MplsNotes) and the privacy declaration (用户隐私保护指引, :MplsPrivacy), shown
-- in a scratch buffer. Works with setup() and with lsp/mpls.lua: it only needs a running
-- client named mpls.

local M = {}

M.commands = {
  notes = { server = 'mpls.submissionNotes', name = 'mpls://submission-notes' },
  privacy = { server = 'mpls.privacyDeclaration', name = 'mpls://privacy-declaration' },
}

local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients -- 0.10+ / 0.8–0.9

local function notify(msg, level)
  vim.schedule(function()
    vim.notify('mpls: ' .. msg, level or vim.log.levels.INFO)
  end)
end

-- client:request on 0.11+ (the dot form is deprecated there), client.request before.
local function request(client, method, params, handler, bufnr)
  if vim.fn.has('nvim-0.11') == 1 then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

--- Shows md in the scratch buffer called name (reused when it exists), in a new window made
--- with mods (`:vert MplsNotes`, `:tab MplsNotes`; default a split). Returns the buffer.
function M.show(name, md, mods)
  local buf
  for _, b in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_get_name(b) == name then
      buf = b
    end
  end
  if not buf then
    buf = vim.api.nvim_create_buf(false, true) -- unlisted scratch: buftype=nofile, no swap
    vim.api.nvim_buf_set_name(buf, name)
  end
  local lines = vim.split(md, '\n', { plain = true })
  if lines[#lines] == '' then
    table.remove(lines)
  end
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].modified = false
  vim.bo[buf].filetype = 'markdown'
  local win = vim.fn.bufwinid(buf)
  if win >= 0 then
    vim.api.nvim_set_current_win(win)
  else
    vim.cmd(((mods or '') ~= '' and mods .. ' ' or '') .. 'split')
    vim.api.nvim_win_set_buf(0, buf)
  end
  return buf
end

--- Asks mpls for one document (what = 'notes' or 'privacy') of the current buffer's
--- mini-program (every one in the workspace when the buffer is not a file) and shows it.
--- on_done(buf) runs once it is shown.
function M.open(what, mods, on_done)
  local cmd = M.commands[what]
  assert(cmd, 'unknown document ' .. tostring(what))
  local bufnr = vim.api.nvim_get_current_buf()
  local client = get_clients({ name = 'mpls', bufnr = bufnr })[1] or get_clients({ name = 'mpls' })[1]
  if not client then
    notify('no mpls client is running: open a file of the mini-program first', vim.log.levels.ERROR)
    return
  end
  local args = nil
  if vim.bo[bufnr].buftype == '' and vim.api.nvim_buf_get_name(bufnr) ~= '' then
    args = { vim.uri_from_bufnr(bufnr) }
  end
  request(client, 'workspace/executeCommand', { command = cmd.server, arguments = args }, function(err, result)
    if err then
      notify(cmd.server .. ': ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      return
    end
    if type(result) ~= 'string' or result == '' then
      notify(cmd.server .. ' returned ' .. vim.inspect(result) .. ', not Markdown', vim.log.levels.ERROR)
      return
    end
    local buf = M.show(cmd.name, result, mods)
    if on_done then
      on_done(buf)
    end
  end, bufnr)
end

return M
