-- wrk script: every request takes the next path from a file of real stamp URLs
-- (one per line), starting at a random line so rounds do not replay the same order.
local paths = {}
local idx = 0

function init(args)
  local f = assert(io.open(args[1], "r"))
  for line in f:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  f:close()
  math.randomseed(os.time())
  idx = math.random(#paths)
end

function request()
  idx = idx % #paths + 1
  return wrk.format(nil, paths[idx])
end
