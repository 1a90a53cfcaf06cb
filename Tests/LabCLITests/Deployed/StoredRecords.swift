import AWSServices
import JSONCoding

/// Experiment records shaped as the stages write them (copied from a run of the emulated lab, docs/stages.md's
/// record table), as DynamoDB items: numbers arrive as DynamoDB numbers, exactly as GetItem reads them.
enum StoredRecords {
    static func item(_ json: String) -> DynamoDBItem {
        guard case .object(let object) = try! JSON.parse(Array(json.utf8)) else { fatalError("not an object: \(json)") }
        var item: DynamoDBItem = [:]
        for (key, value) in object { item[key] = DynamoDBValue(json: value) }
        return item
    }

    static let succeeded = item("""
        {"experimentId":"explore-one","status":"SUCCEEDED","createdAt":"2026-11-27T01:26:41Z","launchedAt":"2026-11-27T01:26:42Z",
         "finishedAt":"2026-11-27T01:27:12Z",
         "costEstimate":{"durationMinutes":38,"hourlyUSD":0.7074,"priceSource":"us-east-1 on-demand prices as of 2025-11","totalUSD":0.4480,"unpricedInstanceTypes":[]},
         "workloads":[{"expectedSeconds":360,"index":0,"name":"1-topic-16-partitions-1kb"}],
         "stages":{"validate-ami":{"at":"2026-11-27T01:26:42Z","status":"done"},"teardown":{"at":"2026-11-27T01:27:12Z","status":"done"},
                   "collect-results":{"at":"2026-11-27T01:27:11Z","detail":"report","status":"done"}},
         "workloadRuns":{"0-1-topic-16-partitions-1kb":{"index":0,"name":"1-topic-16-partitions-1kb",
            "run":{"resultKey":"experiments/explore-one/workloads/0-1-topic-16-partitions-1kb/result.json"},
            "benchmark":{"elapsedSeconds":23,"exitCode":0,"status":"Success"},
            "summary":{"achievedFraction":1.0006,"consumeRate":10022.1,"driver":"Pulsar","endToEndLatencyMs":{"max":37,"p50":3,"p95":7,"p99":9,"p999":13},
               "errorRate":0,"finalBacklog":32,"index":0,"maxBacklog":39,"periods":30,
               "publishLatencyMs":{"max":18.546,"p50":1.866,"p95":3.911,"p99":5.315,"p999":7.495},"publishRate":10005.9,"resultFormat":"modern",
               "resultKey":"experiments/explore-one/workloads/0-1-topic-16-partitions-1kb/result.json","saturated":false,"simulated":true,
               "simulationModel":"pulsar-aws-lab emulated-lab omb-model/1","targetRate":10000,"workload":"1-topic-16-partitions-1kb"},
            "summaryKey":"experiments/explore-one/workloads/0-1-topic-16-partitions-1kb/summary.json",
            "resultKey":"experiments/explore-one/workloads/0-1-topic-16-partitions-1kb/result.json"}},
         "report":{"csvKey":"experiments/explore-one/report/results.csv","markdownKey":"experiments/explore-one/report/summary.md",
                   "reportKey":"experiments/explore-one/report/index.html","simulated":true}}
        """)

    /// Two workloads started; the first collected, the second still running its benchmark.
    static let running = item("""
        {"experimentId":"half-way","status":"RUNNING","createdAt":"2026-11-27T01:26:41Z","launchedAt":"2026-11-27T01:26:42Z",
         "workloads":[{"index":0,"name":"alpha"},{"index":1,"name":"beta"}],
         "stages":{"validate-ami":{"at":"2026-11-27T01:26:42Z","status":"done"},
                   "run-benchmark":{"at":"2026-11-27T01:27:30Z","status":"running","detail":"workload 1-beta"},
                   "collect-results":{"at":"2026-11-27T01:27:29Z","status":"done","detail":"workload 0-alpha"}},
         "workloadRuns":{
           "1-beta":{"index":1,"name":"beta","run":{"resultKey":"experiments/half-way/workloads/1-beta/result.json"}},
           "0-alpha":{"index":0,"name":"alpha","summary":{"workload":"alpha","targetRate":5000,"publishRate":4200.5,"consumeRate":4199,
              "achievedFraction":0.8401,"saturated":true,"publishLatencyMs":{"p50":1,"p99":2.5,"p999":4},"endToEndLatencyMs":{"p50":2,"p99":6,"p999":9},
              "finalBacklog":1234},
              "summaryKey":"experiments/half-way/workloads/0-alpha/summary.json","resultKey":"experiments/half-way/workloads/0-alpha/result.json"}}}
        """)

    /// Failed at readiness: no workload ran, teardown recorded the failure.
    static let failed = item("""
        {"experimentId":"broke-early","status":"FAILED","createdAt":"2026-11-27T01:00:00Z","finishedAt":"2026-11-27T01:20:00Z",
         "failure":{"error":"ReadinessTimedOut","cause":"2 of 9 nodes not ready"},
         "stages":{"poll-readiness":{"at":"2026-11-27T01:19:00Z","status":"failed"},"teardown":{"at":"2026-11-27T01:20:00Z","status":"done"}}}
        """)
}
