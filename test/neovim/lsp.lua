-- A second, independent LSP client: Neovim 0.7+ talks to the News Annotator server over
-- --stdio, asks for hover and the outline of an article, and writes what it got as JSON.
--   NEWS_SERVER=server/out/server.js NEWS_ARTICLE=samples/kremlin-red-line.txt NEWS_OUT=out.json \
--     nvim --headless --clean -u NONE -c 'luafile test/neovim/lsp.lua'
local server = assert(os.getenv('NEWS_SERVER'), 'NEWS_SERVER')
local article = assert(os.getenv('NEWS_ARTICLE'), 'NEWS_ARTICLE')
local out = assert(os.getenv('NEWS_OUT'), 'NEWS_OUT')
local needle = os.getenv('NEWS_HOVER') or 'Peskov stated'
local node = os.getenv('NEWS_NODE') or 'node'

local result = { errors = {} }

local function finish()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local function fail(message)
  table.insert(result.errors, message)
  finish()
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype

  local client_id = vim.lsp.start_client({
    name = 'news-annotator',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(article, ':p:h'),
    settings = { newsAnnotator = { enable = true } },
    handlers = {
      ['newsAnnotator/annotations'] = function(_, params)
        if params and params.counts then result.counts = params.counts end
        if params and params.skipped then result.skipped = params.skipped end
      end,
    },
  })
  if not client_id then return fail('start_client returned nil') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  if not vim.wait(15000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 20) then return fail('the server did not initialize') end
  if not vim.wait(15000, function() return result.counts ~= nil or result.skipped ~= nil end, 20) then
    return fail('no newsAnnotator/annotations notification')
  end

  -- The LSP position of the needle: line, and UTF-16 column (the line holds curly quotes and an ellipsis).
  local position
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local byte = string.find(line, needle, 1, true)
    if byte then
      local _, col16 = vim.str_utfindex(line, byte - 1)
      position = { line = i - 1, character = col16 + 1 }
      break
    end
  end
  if not position then return fail('needle not found: ' .. needle) end
  result.position = position

  local uri = vim.uri_from_bufnr(bufnr)
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = position }, 15000)
  local h = hover and hover[client_id]
  if h and h.err then table.insert(result.errors, 'hover: ' .. vim.inspect(h.err)) end
  if h and h.result and h.result.contents then
    local c = h.result.contents
    result.hover = type(c) == 'table' and (c.value or vim.inspect(c)) or tostring(c)
  end

  local symbols = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = { uri = uri } }, 15000)
  local s = symbols and symbols[client_id]
  if s and s.err then table.insert(result.errors, 'documentSymbol: ' .. vim.inspect(s.err)) end
  result.symbols = {}
  for _, sym in ipairs((s and s.result) or {}) do
    local children = {}
    for _, child in ipairs(sym.children or {}) do table.insert(children, child.name) end
    table.insert(result.symbols, { name = sym.name, children = children })
  end

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  result.stopped = vim.lsp.get_client_by_id(client_id) == nil
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
