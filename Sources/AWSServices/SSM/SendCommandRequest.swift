import AWSCore
import JSONCoding

/// `SendCommand` of a shell script (`AWS-RunShellScript`) to nodes by instance id.
///
/// See: https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_SendCommand.html
/// and https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-command-ssm-plugin-reference.html#aws-runShellScript
public struct SendCommandRequest: AWSServiceRequest {
    public var instanceIDs: [String]
    public var documentName: String
    /// The script, one line per element (the document's `commands` parameter).
    public var commands: [String]
    /// How long the script may run on the node (the document's `executionTimeout`, default 3600 s).
    public var executionTimeoutSeconds: Int?
    /// How long SSM waits for a node to start the command (`TimeoutSeconds`; 30–2592000).
    public var deliveryTimeoutSeconds: Int?
    /// Up to 100 characters, shown in the console's command history.
    public var comment: String?
    /// Where SSM copies the full output (the API returns only the first 24,000 characters).
    public var outputS3BucketName: String?
    public var outputS3KeyPrefix: String?

    public init(
        instanceIDs: [String], documentName: String = "AWS-RunShellScript", commands: [String],
        executionTimeoutSeconds: Int? = nil, deliveryTimeoutSeconds: Int? = nil, comment: String? = nil,
        outputS3BucketName: String? = nil, outputS3KeyPrefix: String? = nil
    ) {
        self.instanceIDs = instanceIDs
        self.documentName = documentName
        self.commands = commands
        self.executionTimeoutSeconds = executionTimeoutSeconds
        self.deliveryTimeoutSeconds = deliveryTimeoutSeconds
        self.comment = comment
        self.outputS3BucketName = outputS3BucketName
        self.outputS3KeyPrefix = outputS3KeyPrefix
    }

    public var operation: AWSOperation {
        var parameters: JSONObject = ["commands": .array(commands.map { .string($0) })]
        if let executionTimeoutSeconds { parameters["executionTimeout"] = [.string(String(executionTimeoutSeconds))] }
        var body: JSONObject = [
            "InstanceIds": .array(instanceIDs.map { .string($0) }),
            "DocumentName": .string(documentName),
        ]
        if let deliveryTimeoutSeconds { body["TimeoutSeconds"] = .number(JSONNumber(deliveryTimeoutSeconds)) }
        if let comment { body["Comment"] = .string(comment) }
        body["Parameters"] = .object(parameters)
        if let outputS3BucketName { body["OutputS3BucketName"] = .string(outputS3BucketName) }
        if let outputS3KeyPrefix { body["OutputS3KeyPrefix"] = .string(outputS3KeyPrefix) }
        return .json(.ssm, "SendCommand", body, idempotency: .nonIdempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> SSMCommand {
        try SSMCommand(json: try JSONFields(body: response.body).object("Command"))
    }
}
