extension Array where Element == TagSpecification {
    /// The EC2 Query parameters of a `TagSpecification` list, 1-based as the Query protocol numbers lists:
    /// `TagSpecification.1.ResourceType=instance`, `TagSpecification.1.Tag.1.Key=Project`, … (unencoded: the
    /// request encoder percent-encodes them).
    ///
    /// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/Query-Requests.html
    public func ec2QueryParameters() -> [(name: String, value: String)] {
        var parameters: [(name: String, value: String)] = []
        for (specIndex, specification) in enumerated() {
            let prefix = "TagSpecification.\(specIndex + 1)"
            parameters.append((prefix + ".ResourceType", specification.resourceType.rawValue))
            for (tagIndex, tag) in specification.tags.enumerated() {
                parameters.append(("\(prefix).Tag.\(tagIndex + 1).Key", tag.key))
                parameters.append(("\(prefix).Tag.\(tagIndex + 1).Value", tag.value))
            }
        }
        return parameters
    }
}
