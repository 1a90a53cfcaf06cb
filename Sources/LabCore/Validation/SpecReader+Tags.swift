import JSONCoding

extension SpecReader {
    /// The user's tags: an object of string values, each key and value checked against AWS's rules and kept
    /// off the lab's own keys.
    mutating func readTags(_ value: JSONValue?, at path: SpecPath) -> [UserTag] {
        guard let value else { return [] }
        guard case .object(let object) = value else {
            diagnostics.problem(path, "expected an object of tag keys and string values such as {\"Team\": \"perf\"}, found \(SpecText.describe(value))")
            return []
        }
        if object.count > TagRules.maxUserTags {
            diagnostics.problem(
                path,
                "\(object.count) tags are too many: AWS allows \(TagRules.maxTagsPerResource) per resource and the lab sets \(TagKeys.reserved.count); keep at most \(TagRules.maxUserTags)")
        }
        var tags: [UserTag] = []
        for (key, tagValue) in object {
            let at = path.member(key)
            var valid = true
            if let problem = TagRules.keyProblem(key) {
                diagnostics.problem(at, problem)
                valid = false
            }
            guard case .string(let text) = tagValue else {
                diagnostics.problem(at, "expected a string tag value, found \(SpecText.describe(tagValue)); AWS tag values are strings, so write it in quotes")
                continue
            }
            if let problem = TagRules.valueProblem(text) {
                diagnostics.problem(at, problem)
                valid = false
            }
            if valid {
                tags.append(UserTag(key: key, value: text))
            }
        }
        return tags
    }
}
