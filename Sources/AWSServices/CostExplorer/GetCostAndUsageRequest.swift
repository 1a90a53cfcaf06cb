import AWSCore
import JSONCoding

/// `GetCostAndUsage`: cost metrics per period of `timePeriod` (start inclusive, end exclusive), filtered by
/// `filter` and grouped by up to two `groupBy` definitions. With groups, AWS leaves each period's `Total`
/// empty and puts the figures in the groups. A read, so it is retried.
///
/// See: https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_GetCostAndUsage.html
public struct GetCostAndUsageRequest: PaginatedRequest {
    public var timePeriod: CostDateInterval
    public var granularity: CostGranularity
    /// `UnblendedCost` (what the bill shows), `AmortizedCost`, `BlendedCost`, `NetUnblendedCost`, `UsageQuantity`, …
    public var metrics: [String]
    public var filter: CostExpression?
    public var groupBy: [CostGroupDefinition]
    public var pageToken: String?

    public init(
        timePeriod: CostDateInterval, granularity: CostGranularity, metrics: [String], filter: CostExpression? = nil,
        groupBy: [CostGroupDefinition] = [], pageToken: String? = nil
    ) {
        self.timePeriod = timePeriod
        self.granularity = granularity
        self.metrics = metrics
        self.filter = filter
        self.groupBy = groupBy
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var body: JSONObject = [
            "TimePeriod": ["Start": .string(timePeriod.start), "End": .string(timePeriod.end)],
            "Granularity": .string(granularity.rawValue),
        ]
        if let filter { body["Filter"] = filter.jsonValue }
        body["Metrics"] = .array(metrics.map(JSONValue.string))
        if !groupBy.isEmpty {
            body["GroupBy"] = .array(groupBy.map { .object(["Type": .string($0.type.rawValue), "Key": .string($0.key)]) })
        }
        if let pageToken { body["NextPageToken"] = .string(pageToken) }
        return .json(.costExplorer, "GetCostAndUsage", body, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> AWSPage<CostResultByTime> {
        let root = try JSONFields(body: response.body)
        let periods = try root.objects("ResultsByTime").map { entry in
            let period = try entry.object("TimePeriod")
            return CostResultByTime(
                timePeriod: CostDateInterval(start: try period.string("Start"), end: try period.string("End")),
                total: try Self.metrics(entry.optionalObject("Total")),
                groups: try entry.objects("Groups").map { group in
                    CostGroup(keys: try group.strings("Keys"), metrics: try Self.metrics(group.optionalObject("Metrics")))
                },
                estimated: try entry.optionalBool("Estimated") ?? false)
        }
        return AWSPage(items: periods, nextPageToken: try root.optionalString("NextPageToken"))
    }

    /// A `Metrics` map (metric name → `{Amount, Unit}`); empty when absent.
    private static func metrics(_ fields: JSONFields?) throws -> [String: CostMetricValue] {
        guard let fields else { return [:] }
        var metrics: [String: CostMetricValue] = [:]
        for name in fields.object.keys {
            let value = try fields.object(name)
            metrics[name] = CostMetricValue(amount: try value.string("Amount"), unit: try value.optionalString("Unit") ?? "")
        }
        return metrics
    }
}
