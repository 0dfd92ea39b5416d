-- wrk script: each connection waits between requests so that all of them together send about `rate` requests/s.
-- Usage: wrk -c CONNECTIONS ... -s infra/bench/reads.lua URL -- BASIC_AUTH RATE CONNECTIONS
local pause_ms
function init(args)
    wrk.headers["Authorization"] = "Basic " .. args[1]
    wrk.headers["Accept"] = "application/json"
    pause_ms = 1000 * tonumber(args[3]) / tonumber(args[2])
end
function delay()
    return pause_ms
end
