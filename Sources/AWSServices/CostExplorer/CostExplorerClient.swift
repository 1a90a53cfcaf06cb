import AWSCore

/// The Cost Explorer call `lab cost` makes (JSON 1.1): what AWS charged for resources carrying a cost
/// allocation tag. Cost Explorer has one endpoint, `ce.us-east-1.amazonaws.com`, whatever the client's region
/// (`AWSService.costExplorer` is global); each request costs USD 0.01.
///
/// See: https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_Operations_AWS_Cost_Explorer_Service.html
public struct CostExplorerClient: Sendable {
    public let client: AWSClient

    public init(client: AWSClient) {
        self.client = client
    }

    /// One page of `GetCostAndUsage`.
    public func getCostAndUsage(_ request: GetCostAndUsageRequest) throws -> AWSPage<CostResultByTime> {
        try client.call(request)
    }

    /// Every period of the answer, following `NextPageToken`.
    public func getAllCostAndUsage(_ request: GetCostAndUsageRequest) throws -> [CostResultByTime] {
        try client.callAllPages(request)
    }
}
