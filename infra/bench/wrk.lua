-- wrk script for infra/bench.sh. BENCH_MODE: healthz | signin | unknown.
-- signin rotates over BENCH_USERS accounts so concurrent requests do not all
-- contend for one user's optimistic-concurrency version.
local mode = os.getenv("BENCH_MODE") or "healthz"
local users = tonumber(os.getenv("BENCH_USERS") or "64")
local password = os.getenv("BENCH_PASSWORD") or ""
local counter = 0
local headers = { ["Content-Type"] = "application/json" }

-- Give each wrk thread its own stretch of accounts.
local thread_count = 0
setup = function(thread)
  thread:set("offset", thread_count * 1000)
  thread_count = thread_count + 1
end

init = function(args)
  counter = offset or 0
end

request = function()
  counter = counter + 1
  if mode == "signin" then
    local body = string.format('{"username":"bench%02d","password":"%s"}', counter % users, password)
    return wrk.format("POST", "/v1/sessions", headers, body)
  elseif mode == "unknown" then
    local body = string.format('{"username":"nobody%d","password":"wrong-password-guess"}', counter)
    return wrk.format("POST", "/v1/sessions", headers, body)
  end
  return wrk.format("GET", "/healthz")
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %s rps=%.1f p50_ms=%.2f p99_ms=%.2f requests=%d non_2xx=%d socket_errors=%d\n",
    mode, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status, errors))
end
