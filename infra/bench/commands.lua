-- wrk script: every wrk thread (one connection each) changes its own scenario's demand baseline as fast as it can,
-- always at the version the last answer gave (If-Match), like a planner who never conflicts.
-- Usage: wrk -t16 -c16 -d30s -s infra/bench/commands.lua URL -- AUTH ID:VERSION ID:VERSION ...
local threads = {}
local counter = 0

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
end

function request()
    step = step + 1
    local body = string.format('{"requestsPerDay":%d,"reason":"load test"}', 1000000000 + step)
    return wrk.format("PUT", "/api/scenarios/" .. scenario .. "/demand/baseline",
        { ["Authorization"] = "Basic " .. auth, ["Content-Type"] = "application/json",
          ["If-Match"] = '"' .. current .. '"' }, body)
end

function response(status, headers, body)
    if status == 200 then
        current = tonumber(body:match('"version":(%d+)'))
    else
        refused = refused + 1
        local now = body:match('"currentVersion":(%d+)')
        if now then current = tonumber(now) end
    end
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
end
