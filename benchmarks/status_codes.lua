-- For wrk -s: counts the responses per HTTP status and prints them at the
-- end as "Statuses: 200×812 503×17" (faults.sh shows which errors it saw).
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    statuses = {}
end

function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        for code, n in pairs(thread:get("statuses")) do
            total[code] = (total[code] or 0) + n
        end
    end
    local parts = {}
    for code, n in pairs(total) do
        table.insert(parts, code .. "×" .. n)
    end
    table.sort(parts)
    io.write("Statuses: " .. table.concat(parts, " ") .. "\n")
end
