-- :MplsNotes and :MplsPrivacy open the submission notes (提审说明) and the privacy declaration
-- (用户隐私保护指引) mpls drafts for the current file's mini-program, in a scratch buffer.
-- Modifiers choose the window: :vert MplsNotes, :tab MplsNotes.
if vim.g.loaded_mpls then
  return
end
vim.g.loaded_mpls = true

vim.api.nvim_create_user_command('MplsNotes', function(opts)
  require('mpls.notes').open('notes', opts.mods)
end, { desc = 'mpls: submission notes (提审说明) in a scratch buffer' })

vim.api.nvim_create_user_command('MplsPrivacy', function(opts)
  require('mpls.notes').open('privacy', opts.mods)
end, { desc = 'mpls: privacy declaration (用户隐私保护指引) in a scratch buffer' })
