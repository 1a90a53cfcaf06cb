import AWSCore

/// The EC2 shapes several calls share, serialized as botocore's EC2 serializer does.
extension QueryParameters {
    /// `Action=<action>&Version=2016-11-15`.
    static func ec2(_ action: String) -> QueryParameters {
        QueryParameters(action: action, version: AWSService.ec2.apiVersion)
    }

    /// `Filter.N.Name`, `Filter.N.Value.M` (public: the few EC2 calls kept next to their only caller use it too).
    public mutating func addFilters(_ filters: [EC2Filter]) {
        addList("Filter", filters) { entry, filter in
            entry.set("Name", filter.name)
            entry.addList("Value", filter.values)
        }
    }

    /// `TagSpecification.N.ResourceType`, `TagSpecification.N.Tag.M.Key`/`.Value`.
    mutating func addTagSpecifications(_ specifications: [EC2TagSpecification]) {
        addList("TagSpecification", specifications) { entry, specification in
            entry.set("ResourceType", specification.resourceType.rawValue)
            entry.addList("Tag", specification.tags) { tag, value in
                tag.set("Key", value.key)
                tag.set("Value", value.value)
            }
        }
    }
}
