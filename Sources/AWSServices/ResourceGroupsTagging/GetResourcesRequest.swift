import AWSCore
import JSONCoding

/// `GetResources` by tag filters and resource types (`ec2:instance`, `ec2:volume`, `ec2:placement-group`, …).
/// The API ends a listing with an empty `PaginationToken`, which counts as the end.
///
/// See: https://docs.aws.amazon.com/resourcegroupstagging/latest/APIReference/API_GetResources.html
public struct GetResourcesRequest: PaginatedRequest {
    public var tagFilters: [TagFilter]
    public var resourceTypeFilters: [String]
    /// Page size (1–100).
    public var resourcesPerPage: Int?
    public var pageToken: String?

    public init(tagFilters: [TagFilter] = [], resourceTypeFilters: [String] = [], resourcesPerPage: Int? = nil, pageToken: String? = nil) {
        self.tagFilters = tagFilters
        self.resourceTypeFilters = resourceTypeFilters
        self.resourcesPerPage = resourcesPerPage
        self.pageToken = pageToken
    }

    public var operation: AWSOperation {
        var body = JSONObject()
        if let pageToken { body["PaginationToken"] = .string(pageToken) }
        if !tagFilters.isEmpty {
            body["TagFilters"] = .array(tagFilters.map { filter in
                var entry: JSONObject = ["Key": .string(filter.key)]
                if !filter.values.isEmpty { entry["Values"] = .array(filter.values.map(JSONValue.string)) }
                return .object(entry)
            })
        }
        if let resourcesPerPage { body["ResourcesPerPage"] = .number(JSONNumber(resourcesPerPage)) }
        if !resourceTypeFilters.isEmpty { body["ResourceTypeFilters"] = .array(resourceTypeFilters.map(JSONValue.string)) }
        return .json(.resourceGroupsTagging, "GetResources", body, idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> AWSPage<TaggedResource> {
        let root = try JSONFields(body: response.body)
        let resources = try root.objects("ResourceTagMappingList").map { entry in
            var tags: [String: String] = [:]
            for tag in try entry.objects("Tags") { tags[try tag.string("Key")] = try tag.optionalString("Value") ?? "" }
            return TaggedResource(arn: try entry.string("ResourceARN"), tags: tags)
        }
        return AWSPage(items: resources, nextPageToken: try root.optionalString("PaginationToken"))
    }
}
