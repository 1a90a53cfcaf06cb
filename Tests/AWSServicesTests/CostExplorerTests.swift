import AWSCore
import AWSServices
import JSONCoding
import Testing

/// Cost Explorer's GetCostAndUsage: decoding AWS's shapes (grouped periods carry an empty `Total`), a malformed
/// answer named by its path, paging, and a round trip through moto, whose answers are only what a test gave it
/// (`POST /moto-api/static/ce/cost-and-usage-results`: moto tracks no costs).
@Suite("Cost Explorer: GetCostAndUsage")
struct CostExplorerTests {
    static let request = GetCostAndUsageRequest(
        timePeriod: CostDateInterval(start: "2026-11-26", end: "2026-11-28"), granularity: .daily, metrics: ["UnblendedCost"],
        filter: .tag(key: "ExperimentID", values: ["nightly-2026-11-26"]), groupBy: [.dimension("SERVICE")])

    /// Shaped like the GetCostAndUsage example of the API reference, grouped by SERVICE: `Total` is `{}`.
    static let groupedAnswer = """
        {"GroupDefinitions":[{"Type":"DIMENSION","Key":"SERVICE"}],
         "ResultsByTime":[
          {"TimePeriod":{"Start":"2026-11-26","End":"2026-11-27"},"Total":{},"Estimated":true,
           "Groups":[{"Keys":["Amazon Elastic Compute Cloud - Compute"],"Metrics":{"UnblendedCost":{"Amount":"1.2345678901","Unit":"USD"}}},
                     {"Keys":["EC2 - Other"],"Metrics":{"UnblendedCost":{"Amount":"0.0812","Unit":"USD"}}}]},
          {"TimePeriod":{"Start":"2026-11-27","End":"2026-11-28"},"Total":{},"Groups":[],"Estimated":true}],
         "DimensionValueAttributes":[]}
        """

    @Test("A grouped answer: periods, group keys, exact amounts, the estimated flag")
    func decodesGroupedAnswer() throws {
        let transport = ScriptedTransport([ScriptedTransport.json(Self.groupedAnswer)])
        let periods = try CostExplorerClient(client: transport.client()).getAllCostAndUsage(Self.request)
        #expect(periods.count == 2, "\(periods)")
        #expect(periods[0].timePeriod == CostDateInterval(start: "2026-11-26", end: "2026-11-27"))
        #expect(periods[0].total.isEmpty)
        #expect(periods[0].groups.map(\.keys) == [["Amazon Elastic Compute Cloud - Compute"], ["EC2 - Other"]])
        #expect(periods[0].groups[0].metrics["UnblendedCost"] == CostMetricValue(amount: "1.2345678901", unit: "USD"))
        #expect(periods.allSatisfy { $0.estimated })
        #expect(periods[1].groups.isEmpty)
        let sent = try #require(transport.requests.first)
        #expect(sent.url.hostHeader == "ce.us-east-1.amazonaws.com", "Cost Explorer has one endpoint: \(sent.url)")
        #expect(sent.headers["X-Amz-Target"] == "AWSInsightsIndexService.GetCostAndUsage")
        #expect(sent.headers["Content-Type"] == "application/x-amz-json-1.1")
    }

    @Test("Pages are followed with NextPageToken until the last")
    func followsPages() throws {
        let first = #"{"ResultsByTime":[{"TimePeriod":{"Start":"2026-11-26","End":"2026-11-27"},"Total":{"UnblendedCost":{"Amount":"1","Unit":"USD"}}}],"NextPageToken":"p2"}"#
        let second = #"{"ResultsByTime":[{"TimePeriod":{"Start":"2026-11-27","End":"2026-11-28"},"Total":{"UnblendedCost":{"Amount":"2","Unit":"USD"}}}]}"#
        let transport = ScriptedTransport([ScriptedTransport.json(first), ScriptedTransport.json(second)])
        let periods = try CostExplorerClient(client: transport.client()).getAllCostAndUsage(Self.request)
        #expect(periods.map { $0.total["UnblendedCost"]?.amount } == ["1", "2"])
        #expect(periods.allSatisfy { !$0.estimated }, "Estimated absent means final")
        let secondBody = try JSON.parse(transport.requests[1].body)
        #expect(secondBody.objectValue?["NextPageToken"] == .string("p2"), "\(secondBody)")
    }

    @Test("An amount without Amount is a malformed response naming its path")
    func malformedAmountIsNamed() throws {
        let broken = #"{"ResultsByTime":[{"TimePeriod":{"Start":"2026-11-26","End":"2026-11-27"},"Total":{"UnblendedCost":{"Unit":"USD"}}}]}"#
        let transport = ScriptedTransport([ScriptedTransport.json(broken, requestID: "req-ce-1")])
        do {
            _ = try CostExplorerClient(client: transport.client()).getCostAndUsage(Self.request)
            Issue.record("a period without Amount decoded")
        } catch let error as AWSError {
            #expect(error.code == "MalformedResponse")
            #expect(error.message.contains("ResultsByTime[0].Total.UnblendedCost.Amount is missing"), "\(error)")
            #expect(error.requestID == "req-ce-1")
        }
    }

    @Test("Through moto: nothing by default, then exactly the test-provided result", .enabled(if: MotoServer.unavailableReason == nil, "no .venv with moto: run scripts/ensure-venv"))
    func motoRoundTrip() throws {
        let server = try MotoServer.shared()
        let costExplorer = CostExplorerClient(client: try server.client())
        let tag = MotoFixtures.uniqueName("cost")
        var request = Self.request
        request.filter = .tag(key: "ExperimentID", values: [tag + "-nothing"])
        #expect(try costExplorer.getAllCostAndUsage(request).isEmpty, "moto tracks no costs: empty until a test gives it a result")

        // TEST-PROVIDED figures (moto's documented API), not costs: moto hands them to the next new request body.
        let provided = """
            {"results":[{"ResultsByTime":[{"TimePeriod":{"Start":"2026-11-26","End":"2026-11-27"},"Total":{},"Estimated":false,
              "Groups":[{"Keys":["test-provided: Amazon Elastic Compute Cloud - Compute"],"Metrics":{"UnblendedCost":{"Amount":"0.4213","Unit":"USD"}}}]}],
              "DimensionValueAttributes":[]}]}
            """
        let response = try CurlTransport().send(HTTPRequest(
            method: .post, url: try HTTPURL(parsing: server.endpoint + "/moto-api/static/ce/cost-and-usage-results"),
            headers: ["Content-Type": "application/json"], body: Array(provided.utf8)))
        #expect(response.status == 201, "\(response.status) \(response.bodyText)")
        request.filter = .tag(key: "ExperimentID", values: [tag])
        let periods = try costExplorer.getAllCostAndUsage(request)
        #expect(periods.count == 1, "\(periods)")
        #expect(periods.first?.groups.first?.keys == ["test-provided: Amazon Elastic Compute Cloud - Compute"])
        #expect(periods.first?.groups.first?.metrics["UnblendedCost"] == CostMetricValue(amount: "0.4213", unit: "USD"))
        #expect(periods.first?.estimated == false)
        #expect(try costExplorer.getAllCostAndUsage(request) == periods, "moto answers the same body with the same result")
    }
}
