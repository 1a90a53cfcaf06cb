/// Reading the EC2 shapes several responses share.
extension XMLFields {
    /// A `tagSet` (`<item><key/><value/></item>`) as a map; empty when the resource has no tags.
    func ec2Tags(_ name: String = "tagSet") throws -> [String: String] {
        var tags: [String: String] = [:]
        for item in items(name) {
            tags[try item.string("key")] = item.optionalString("value") ?? ""
        }
        return tags
    }

    /// The `nextToken` of a Describe page (absent or empty on the last page).
    var nextToken: String? { optionalString("nextToken") }
}
