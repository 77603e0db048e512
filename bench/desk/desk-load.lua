-- wrk script for the desk benchmark: GETs the paths listed (one a line) in the file $DESK_PATHS, in random
-- order (seeded per thread), with the session cookie $DESK_COOKIE; at the end prints one line
--   RESULT <p50 ms> <p95 ms> <p99 ms> <requests/s> <requests> <errors> <non-2xx>
-- that bench/desk/desk-load.sh turns into the results table.

local paths = {}
for line in io.lines(os.getenv("DESK_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
if #paths == 0 then error("no paths in " .. tostring(os.getenv("DESK_PATHS"))) end

wrk.headers["Cookie"] = os.getenv("DESK_COOKIE")
wrk.headers["Accept"] = os.getenv("DESK_ACCEPT") or "*/*"

local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("seed", thread_count * 7919)
end

function init(args)
  math.randomseed(seed or 1)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %.2f %.2f %.2f %.1f %d %d %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / seconds, summary.requests, e.connect + e.read + e.write + e.timeout, e.status))
end
