-- wrk script: every wrk thread (one connection each) changes its own scenario's demand baseline, always at the
-- version the last answer gave (If-Match), like a planner who never conflicts.
-- Usage: [JEVONS_RATE=commands/s in all [JEVONS_WINDOW=seconds]] \
--        wrk -t16 -c16 -d30s -s infra/bench/commands.lua URL -- AUTH ID:VERSION ...
-- Without JEVONS_RATE each connection sends as fast as it is answered (closed loop: the maximum throughput).
-- With it, each connection sends on a fixed schedule, and the latency is also reported from the planned send
-- time: a slow answer then counts the wait of the command planned behind it too (no coordinated omission). It also
-- reports how late the client itself sent (after both the planned time and the previous answer): wrk shares the
-- cores with Jevons, and a late client would count against the server. JEVONS_WINDOW also reports each window of
-- that many seconds: one long run measures a steady load, where every new wrk run starts with new connections.
local threads = {}
local counter = 0
local rate = tonumber(os.getenv("JEVONS_RATE") or "0")
local windowMs = 1000 * tonumber(os.getenv("JEVONS_WINDOW") or "0") -- with a rate: also report each window of the run

function setup(thread)
    counter = counter + 1
    thread:set("index", counter)
    table.insert(threads, thread)
end

function init(args)
    auth = args[1]
    local id, version = args[index + 1]:match("([^:]+):(%d+)")
    scenario = id
    current = tonumber(version)
    step = 0
    refused = 0
    scheduled = {} -- milliseconds from planned send to answer, per command
    windowOf = {} -- the window of JEVONS_WINDOW seconds each of them was planned in (wrk copies flat tables only)
    clientDelays = {} -- milliseconds the client sent after it could have, per command (below 0: wrk counts whole
                      -- milliseconds in its timers and may send up to 1 ms early)
    intervalMs = rate > 0 and 1000 * (#args - 1) / rate or 0 -- one scenario per connection
end

if rate > 0 then
    local ffi = require("ffi")
    ffi.cdef [[
        typedef struct { long tv_sec; long tv_nsec; } jevons_timespec;
        int clock_gettime(int clock, jevons_timespec *now);
    ]]
    local clock = ffi.new("jevons_timespec")
    function nowMs()
        ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
        return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
    end

    -- wrk asks before each request how long to wait
    function delay()
        local now = nowMs()
        planned = planned and planned + intervalMs or now
        return math.max(0, planned - now)
    end
end

function request()
    step = step + 1
    if planned then
        clientDelays[#clientDelays + 1] = nowMs() - math.max(planned, lastAnswer or planned)
    end
    local body = string.format('{"requestsPerDay":%d,"reason":"load test"}', 1000000000 + step)
    return wrk.format("PUT", "/api/scenarios/" .. scenario .. "/demand/baseline",
        { ["Authorization"] = "Basic " .. auth, ["Content-Type"] = "application/json",
          ["If-Match"] = '"' .. current .. '"' }, body)
end

function response(status, headers, body)
    if planned then
        lastAnswer = nowMs()
        scheduled[#scheduled + 1] = lastAnswer - planned
        if windowMs > 0 then
            firstPlanned = firstPlanned or planned
            windowOf[#scheduled] = math.floor((planned - firstPlanned) / windowMs) + 1
        end
    end
    if status == 200 then
        current = tonumber(body:match('"version":(%d+)'))
    else
        refused = refused + 1
        local now = body:match('"currentVersion":(%d+)')
        if now then current = tonumber(now) end
    end
end

-- the values of one table of every thread, sorted
local function gathered(name)
    local all = {}
    for _, thread in ipairs(threads) do
        for _, ms in ipairs(thread:get(name) or {}) do
            all[#all + 1] = ms
        end
    end
    table.sort(all)
    return all
end

-- the windows of every thread, each sorted
local function gatheredWindows()
    local all = {}
    for _, thread in ipairs(threads) do
        local latencies, windows = thread:get("scheduled") or {}, thread:get("windowOf") or {}
        for i, window in ipairs(windows) do
            all[window] = all[window] or {}
            table.insert(all[window], latencies[i])
        end
    end
    for _, latencies in ipairs(all) do
        table.sort(latencies)
    end
    return all
end

local function percentiles(sorted)
    local text = ""
    for _, p in pairs({ 50, 90, 99, 99.9 }) do
        text = text .. string.format(" p%g %.1f ms", p, sorted[math.max(1, math.ceil(#sorted * p / 100))])
    end
    return text .. string.format(" max %.1f ms (n=%d)", sorted[#sorted], #sorted)
end

function done(summary, latency, requests)
    local refusedTotal = 0
    for _, thread in ipairs(threads) do
        refusedTotal = refusedTotal + (thread:get("refused") or 0)
    end
    io.write(string.format("answered %d, not 200: %d (%d non-2xx by wrk)\n", summary.requests, refusedTotal,
        summary.errors.status))
    for _, p in pairs({ 50, 90, 99, 99.9 }) do
        io.write(string.format("  p%g %.1f ms\n", p, latency:percentile(p) / 1000))
    end
    local fromPlan = gathered("scheduled")
    if #fromPlan > 0 then
        io.write(string.format("paced to %d/s in all; from the planned send time:%s\n", rate, percentiles(fromPlan)))
        io.write(string.format("the client's own delay in sending:%s\n", percentiles(gathered("clientDelays"))))
    end
    for window, latencies in ipairs(gatheredWindows()) do
        io.write(string.format("  window %d (%d-%d s):%s\n", window, (window - 1) * windowMs / 1000,
            window * windowMs / 1000, percentiles(latencies)))
    end
end
