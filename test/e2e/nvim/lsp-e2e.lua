-- Neovim 0.7 headless LSP check: an independent client for dist/server.js over stdio.
-- Env: SERVER_JS, EXPECT (expected.json), WORKSPACE (fixture folder), NODE (default node).
-- For every file in EXPECT: open it, wait for publishDiagnostics with the expected rule ids from the
-- expected source, request a hover and look for `hover.match` (a plain substring here), then shut down.
local server_js = assert(os.getenv('SERVER_JS'), 'SERVER_JS not set')
local ws = assert(os.getenv('WORKSPACE'), 'WORKSPACE not set')
local exp = vim.fn.json_decode(table.concat(vim.fn.readfile(assert(os.getenv('EXPECT'), 'EXPECT not set')), '\n'))
local t0 = vim.loop.hrtime()
local function ms() return math.floor((vim.loop.hrtime() - t0) / 1e6) end
local passed, failed = 0, 0
local function say(s) io.stdout:write(s .. '\n'); io.stdout:flush() end
local function check(ok, what, detail)
  if ok then passed = passed + 1; say(string.format('  ok   %s (%d ms)', what, ms()))
  else failed = failed + 1; say(string.format('  FAIL %s (%d ms)%s', what, ms(), detail and (': ' .. detail) or '')) end
  return ok
end
local function finish()
  say(string.format('nvim: %d passed, %d failed', passed, failed))
  vim.cmd('cquit ' .. ((failed > 0 or passed == 0) and 1 or 0))
end

local diags, exited = {}, nil
local client_id = vim.lsp.start_client({
  name = 'plugin-lens', cmd = { os.getenv('NODE') or 'node', server_js, '--stdio' },
  root_dir = ws,
  handlers = { ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    diags[vim.uri_to_fname(result.uri)] = result.diagnostics
    return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
  end },
  on_exit = function(code, signal) exited = { code = code, signal = signal } end,
})
if not check(client_id ~= nil, 'start_client') then return finish() end

local function codes(list)
  local out = {}
  for _, d in ipairs(list or {}) do if d.source == exp.source then out[tostring(d.code)] = true end end
  return out
end
local function has_all(list, rules)
  local c = codes(list)
  for _, r in ipairs(rules) do if not c[r] then return false end end
  return true
end

for _, f in ipairs(exp.files) do
  local file = vim.fn.fnamemodify(ws .. '/' .. f.path, ':p')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  local got = vim.wait(15000, function() return exited ~= nil or has_all(diags[file], f.rules) end, 20)
  check(got and exited == nil, 'diagnostics ' .. table.concat(f.rules, ',') .. ' for ' .. f.path,
    vim.fn.json_encode({ server_exit = exited, received = diags[file] or vim.NIL }))
  if f.hover and exited == nil then
    local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = f.hover.line, character = f.hover.character } }
    local res, herr = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 5000)
    local hover = res and res[client_id] and res[client_id].result
    local text = hover and hover.contents and vim.fn.json_encode(hover.contents) or ''
    check(text:find(f.hover.match, 1, true) ~= nil, 'hover on ' .. f.path .. ' contains "' .. f.hover.match .. '"',
      vim.fn.json_encode({ hover = hover or vim.NIL, err = herr or vim.NIL }))
  end
end

vim.lsp.stop_client(client_id) -- shutdown request + exit notification
vim.wait(5000, function() return exited ~= nil end, 20)
check(exited ~= nil and exited.code == 0, 'server exits with code 0 after shutdown/exit', vim.fn.json_encode(exited or vim.NIL))
finish()
