/// What AWSCore needs to know about a service: ids, signing name, protocol, API version. Values are those
/// of the service models (botocore `data/<service>/<version>/service-2.json` metadata).
public struct AWSService: Sendable, Hashable {
    /// The model's `serviceId`, e.g. `EC2`, `SFN`, `Resource Groups Tagging API` (also used in messages).
    public var id: String
    /// The first label of the regional hostname, e.g. `ec2`, `states`, `tagging`.
    public var endpointPrefix: String
    /// The service name in the SigV4 credential scope.
    public var signingName: String
    public var wireProtocol: AWSProtocol
    public var apiVersion: String
    /// The `X-Amz-Target` prefix of JSON protocols, e.g. `AmazonSSM`.
    public var targetPrefix: String?
    /// Whether the service has one endpoint per partition instead of one per region (IAM).
    public var isGlobal: Bool

    public init(
        id: String, endpointPrefix: String, signingName: String? = nil, wireProtocol: AWSProtocol, apiVersion: String,
        targetPrefix: String? = nil, isGlobal: Bool = false
    ) {
        self.id = id
        self.endpointPrefix = endpointPrefix
        self.signingName = signingName ?? endpointPrefix
        self.wireProtocol = wireProtocol
        self.apiVersion = apiVersion
        self.targetPrefix = targetPrefix
        self.isGlobal = isGlobal
    }

    /// The `AWS_ENDPOINT_URL_<SERVICE>` suffix: the service id upper-cased, spaces as underscores.
    /// See: https://docs.aws.amazon.com/sdkref/latest/guide/ss-endpoints-table.html
    public var endpointVariableSuffix: String {
        String(id.uppercased().map { $0 == " " ? "_" : $0 })
    }

    /// The key of this service in a `[services …]` section of the config file: lower-case, spaces as `_`.
    public var configKey: String {
        String(id.lowercased().map { $0 == " " ? "_" : $0 })
    }
}

extension AWSService {
    public static let ec2 = AWSService(id: "EC2", endpointPrefix: "ec2", wireProtocol: .ec2Query, apiVersion: "2016-11-15")
    public static let ssm = AWSService(
        id: "SSM", endpointPrefix: "ssm", wireProtocol: .json(version: "1.1"), apiVersion: "2014-11-06", targetPrefix: "AmazonSSM")
    public static let s3 = AWSService(id: "S3", endpointPrefix: "s3", wireProtocol: .restXML, apiVersion: "2006-03-01")
    public static let dynamoDB = AWSService(
        id: "DynamoDB", endpointPrefix: "dynamodb", wireProtocol: .json(version: "1.0"), apiVersion: "2012-08-10",
        targetPrefix: "DynamoDB_20120810")
    public static let stepFunctions = AWSService(
        id: "SFN", endpointPrefix: "states", wireProtocol: .json(version: "1.0"), apiVersion: "2016-11-23",
        targetPrefix: "AWSStepFunctions")
    public static let resourceGroupsTagging = AWSService(
        id: "Resource Groups Tagging API", endpointPrefix: "tagging", wireProtocol: .json(version: "1.1"),
        apiVersion: "2017-01-26", targetPrefix: "ResourceGroupsTaggingAPI_20170126")
    public static let lambda = AWSService(id: "Lambda", endpointPrefix: "lambda", wireProtocol: .restJSON, apiVersion: "2015-03-31")
    public static let sts = AWSService(id: "STS", endpointPrefix: "sts", wireProtocol: .query, apiVersion: "2011-06-15")
    public static let iam = AWSService(
        id: "IAM", endpointPrefix: "iam", wireProtocol: .query, apiVersion: "2010-05-08", isGlobal: true)
    public static let eventBridge = AWSService(
        id: "EventBridge", endpointPrefix: "events", wireProtocol: .json(version: "1.1"), apiVersion: "2015-10-07",
        targetPrefix: "AWSEvents")
    public static let scheduler = AWSService(
        id: "Scheduler", endpointPrefix: "scheduler", wireProtocol: .restJSON, apiVersion: "2021-06-30")
    /// Cost Explorer has one endpoint per partition: `ce.us-east-1.amazonaws.com`, signed for us-east-1, whatever
    /// the caller's region (botocore's `ce` endpoint rules; in China AWS uses cn-northwest-1, which this does not
    /// model: the lab runs in the `aws` partition).
    public static let costExplorer = AWSService(
        id: "Cost Explorer", endpointPrefix: "ce", wireProtocol: .json(version: "1.1"), apiVersion: "2017-10-25",
        targetPrefix: "AWSInsightsIndexService", isGlobal: true)
}
