-- The wrk script of `bench/run --only=votes` (issue 18, bench/README.md "Online votes"): every request a vote of a
-- different household through POST /api/v1/votes (the token names the matter), with the ballot token its representative's matter
-- page gave. VoteBench writes the bodies, one JSON body a line, and starts
--   wrk -t<threads> -c<clients> -d<seconds>s -s bench/votes.lua <url> -- <bodies file> <path> <threads>
-- Thread k (1-based) sends the lines k, k + threads, k + 2 × threads, …, so no household is sent twice. A thread
-- that has used its lines sends a spent token (answered 403, counted as "spent"): the run had too few households.
-- At the end it prints "VOTES ok=… refused=… spent=…", the answers counted by status over all threads.
local threads = {}
local created = 0

function setup(thread)
  created = created + 1
  thread:set("id", created)
  table.insert(threads, thread)
end

function init(args)
  local file, count = args[1], tonumber(args[3])
  votes_path = args[2]
  bodies = {}
  local n = 0
  for line in io.lines(file) do
    if n % count == id - 1 then
      bodies[#bodies + 1] = line
    end
    n = n + 1
  end
  next_body = 1
  ok = 0
  refused = 0
  spent = 0
  json = {["Content-Type"] = "application/json"}
end

function request()
  local body = bodies[next_body]
  if body == nil then
    spent = spent + 1
    body = '{"token":"spent","choice":"AGREE"}'
  else
    next_body = next_body + 1
  end
  return wrk.format("POST", votes_path, json, body)
end

function response(status, headers, body)
  if status == 200 then
    ok = ok + 1
  else
    refused = refused + 1
  end
end

function done(summary, latency, requests)
  local all_ok, all_refused, all_spent = 0, 0, 0
  for _, thread in ipairs(threads) do
    all_ok = all_ok + thread:get("ok")
    all_refused = all_refused + thread:get("refused")
    all_spent = all_spent + thread:get("spent")
  end
  io.write(string.format("VOTES ok=%d refused=%d spent=%d\n", all_ok, all_refused, all_spent))
end
