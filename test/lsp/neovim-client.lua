-- Neovim's built-in LSP client (0.7+), set up by README.md's snippet, against `kubegrade lsp --stdio`:
-- opens a manifest, reads the diagnostics, applies the quick fix, and writes what it saw as JSON to $KUBEGRADE_OUT.
local file, out = os.getenv('KUBEGRADE_FILE'), os.getenv('KUBEGRADE_OUT')
local result = {}

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qall!')
end

local function seen(diagnostic)
  local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
  return { lnum = diagnostic.lnum, col = diagnostic.col, end_lnum = diagnostic.end_lnum, end_col = diagnostic.end_col,
    severity = diagnostic.severity, code = lsp.code, source = diagnostic.source, message = diagnostic.message }
end

local ok, problem = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  -- The client is README.md's init.lua snippet (loaded with -u), started by its FileType autocommand.
  result.attached = vim.wait(10000, function() return next(vim.lsp.buf_get_clients(bufnr)) ~= nil end, 20)
  if not result.attached then return end
  local client_id = next(vim.lsp.buf_get_clients(bufnr))

  result.published = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
  result.before = vim.tbl_map(seen, vim.diagnostic.get(bufnr))
  if not result.published then return end

  local first = vim.diagnostic.get(bufnr)[1]
  vim.api.nvim_win_set_cursor(0, { first.lnum + 1, first.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr) }
  local client = vim.lsp.get_client_by_id(client_id)
  local response = client.request_sync('textDocument/codeAction', params, 10000, bufnr)
  local actions = response and response.result or {}
  result.actions = vim.tbl_map(function(action) return action.title end, actions)
  if #actions == 0 then return end
  vim.lsp.util.apply_workspace_edit(actions[1].edit, client.offset_encoding)
  result.line_after_fix = vim.api.nvim_buf_get_lines(bufnr, first.lnum, first.lnum + 1, false)[1]

  result.cleared = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) == 0 end, 20)
  result.after = vim.tbl_map(seen, vim.diagnostic.get(bufnr))
end)
if not ok then result.error = tostring(problem) end
finish()
