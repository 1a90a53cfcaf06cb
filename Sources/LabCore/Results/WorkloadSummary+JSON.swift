import JSONCoding

/// The summary as JSON, for the experiment's record and the execution's output: small (a few hundred bytes
/// per workload), figures rounded to what a reader can use (rates to 0.1 msg/s, latencies to 1 µs).
extension WorkloadSummary {
    public var jsonValue: JSONValue {
        var object: JSONObject = [
            "workload": .string(workload), "driver": .string(driver),
            "publishRate": Self.rounded(publishRate, places: 1), "consumeRate": Self.rounded(consumeRate, places: 1),
        ]
        object["targetRate"] = targetRate.map { Self.rounded($0, places: 1) }
        object["achievedFraction"] = achievedFraction.map { Self.rounded($0, places: 4) }
        object["saturated"] = isSaturated.map(JSONValue.bool)
        object["publishLatencyMs"] = Self.json(publishLatency)
        object["publishDelayLatencyMs"] = publishDelayLatency.map(Self.json)
        object["endToEndLatencyMs"] = Self.json(endToEndLatency)
        object["errorRate"] = errorRate.map { JSONValue.double($0) }
        object["finalBacklog"] = .number(JSONNumber(finalBacklog))
        object["maxBacklog"] = .number(JSONNumber(maxBacklog))
        object["periods"] = .int(periods)
        return .object(object)
    }

    private static func json(_ latency: LatencyPercentiles) -> JSONValue {
        ["p50": rounded(latency.p50, places: 3), "p95": rounded(latency.p95, places: 3), "p99": rounded(latency.p99, places: 3),
         "p999": rounded(latency.p999, places: 3), "max": rounded(latency.max, places: 3)]
    }

    private static func rounded(_ value: Double, places: Int) -> JSONValue {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return .double((value * scale).rounded() / scale)
    }
}
