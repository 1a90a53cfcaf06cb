import AWSCore

/// `CreateTags`: adds or overwrites tags on EC2 resources (a copied AMI gets its source's tags this way).
/// Repeating it sets the same values, so it is retried like an idempotent call.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateTags.html
public struct CreateTagsRequest: AWSServiceRequest {
    public var resourceIDs: [String]
    public var tags: [EC2Tag]

    public init(resourceIDs: [String], tags: [EC2Tag]) {
        self.resourceIDs = resourceIDs
        self.tags = tags
    }

    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("CreateTags")
        parameters.addList("ResourceId", resourceIDs)
        parameters.addList("Tag", tags) { entry, tag in
            entry.set("Key", tag.key)
            entry.set("Value", tag.value)
        }
        return .query(.ec2, parameters, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws {}
}
