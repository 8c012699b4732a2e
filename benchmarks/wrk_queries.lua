-- wrk script of benchmarks/wrk_client.py: POSTs the form bodies of a file (one a line) in order,
-- on one wrk thread, and writes what it did to a JSON file when it stops.
--   wrk -t1 -cN -d... -s wrk_queries.lua URL -- BODIES ACCEPT MIN_RUNS MIN_SECONDS CYCLE OUT
-- Stops once MIN_RUNS answers came back and MIN_SECONDS passed, or (CYCLE = 0) once every body was
-- sent (the answers still in flight then are not counted). Latency per request is taken here (one clock, microseconds), as wrk does.
-- After the stop it sends nothing more and waits for the answers still in flight, then writes
-- OUT.drained: their work would otherwise fall into the next system's turn (a scan at 100,000 events
-- runs for seconds after its client has gone).
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } kg_timespec;
int clock_gettime(int clock_id, kg_timespec *tp);
]]
local now_ts = ffi.new("kg_timespec")
local function now()
  ffi.C.clock_gettime(1, now_ts) -- CLOCK_MONOTONIC
  return tonumber(now_ts.tv_sec) + tonumber(now_ts.tv_nsec) / 1e9
end

local bodies, requests, headers, out = {}, {}, {}, nil
local min_runs, min_seconds, cycle = 0, 0, false
local sent, done_count, errors, started, stopped = 0, 0, 0, nil, false
local latencies, in_flight = {}, {}

function init(args)
  for line in io.lines(args[1]) do bodies[#bodies + 1] = line end
  headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Accept"] = args[2] }
  min_runs, min_seconds = tonumber(args[3]), tonumber(args[4])
  cycle, out = args[5] == "1", args[6]
  -- formatted once: formatting each request again costs the client CPU the servers need
  for k, body in ipairs(bodies) do requests[k] = wrk.format("POST", nil, headers, body) end
end

local verified = false
local DRAINING_MS = 3600000 -- a connection's next request once stopped: later than wrk ever runs

-- wrk asks before each request how long to wait first (when the script defines delay)
function delay()
  if stopped then return DRAINING_MS end
  return 0
end

local late_errors = 0 -- answers after the stop that were not 200

local function drained()
  local f = assert(io.open(out .. ".drained.part", "w"))
  f:write(string.format('{"errors": %d}\n', late_errors))
  f:close()
  os.rename(out .. ".drained.part", out .. ".drained")
  wrk.thread:stop()
end

function request()
  if not verified then -- wrk calls request() once after init() to check it: nothing is sent
    verified = true
    return requests[1]
  end
  if stopped then -- a connection whose delay ran out as the stop came: not counted, but waited for
    in_flight[#in_flight + 1] = now()
    return requests[#requests]
  end
  local index = (sent % #bodies) + 1
  sent = sent + 1
  local t = now()
  started = started or t
  in_flight[#in_flight + 1] = t
  return requests[index]
end

local function finish()
  if stopped then return end
  stopped = true
  local ended = now()
  local f = assert(io.open(out .. ".part", "w"))
  f:write(string.format('{"sent": %d, "answered": %d, "errors": %d, "seconds": %.6f, "latencies": [',
    sent, done_count, errors, ended - (started or ended)))
  for k, v in ipairs(latencies) do f:write((k > 1 and "," or "") .. string.format("%.6f", v)) end
  f:write("]}\n")
  f:close()
  os.rename(out .. ".part", out) -- whole, for the caller that waits for it and then for OUT.drained
  if #in_flight == 0 then drained() end
end

function response(status, _, body)
  local t = now()
  if stopped then -- an answer that was in flight at the stop: not counted, only waited for
    table.remove(in_flight, 1)
    if status ~= 200 then late_errors = late_errors + 1 end
    if #in_flight == 0 then drained() end
    return
  end
  -- with one connection the answer is to the oldest request in flight; with more the latencies
  -- are only approximate, and the benchmark uses them from one connection only
  latencies[#latencies + 1] = t - table.remove(in_flight, 1)
  done_count = done_count + 1
  if status ~= 200 then
    errors = errors + 1
    if errors == 1 then io.stderr:write("status " .. status .. ": " .. string.sub(body or "", 1, 300) .. "\n") end
  end
  local enough = done_count >= min_runs and t - started >= min_seconds
  if enough or (not cycle and sent >= #bodies) then finish() end
end
