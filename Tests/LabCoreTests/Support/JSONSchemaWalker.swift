import JSONCoding

/// Reads docs/experiment-spec.schema.json the way the sync test needs: the object at a path pattern
/// (`cluster.bookkeeper`, `workloads[]`) with `$ref`, `allOf` and `oneOf` followed, its property names, and
/// the numeric bounds and enum of a property.
struct JSONSchemaWalker {
    let root: JSONValue

    /// The schema nodes that together describe the value at `path` (a `$ref` or `allOf` gives several).
    func nodes(at path: String) -> [JSONValue] {
        var current = expand(root)
        guard !path.isEmpty else { return current }
        for segment in path.split(separator: ".") {
            var name = String(segment)
            let isArray = name.hasSuffix("[]")
            if isArray { name.removeLast(2) }
            current = current.flatMap { node in node["properties"]?[name].map(expand) ?? [] }
            if isArray {
                current = current.flatMap { node in node["items"].map(expand) ?? [] }
            }
        }
        return current
    }

    /// The property names declared at `path`.
    func propertyNames(at path: String) -> Set<String> {
        Set(nodes(at: path).flatMap { $0["properties"]?.objectValue?.keys ?? [] })
    }

    /// Every path pattern at which the schema declares an object with fixed properties.
    func objectPaths() -> [String] {
        var paths: [String] = []
        func visit(_ path: String) {
            let names = propertyNames(at: path)
            guard !names.isEmpty else { return }
            paths.append(path)
            for name in names.sorted() {
                let child = path.isEmpty ? name : path + "." + name
                if nodes(at: child).contains(where: { $0["items"] != nil }) {
                    visit(child + "[]")
                } else {
                    visit(child)
                }
            }
        }
        visit("")
        return paths
    }

    /// The tightest `minimum` and `maximum` declared for the property at `path`.
    func bounds(at path: String) -> (minimum: Double?, maximum: Double?) {
        var minimum: Double?, maximum: Double?
        for node in nodes(at: path) {
            if let low = node["minimum"]?.doubleValue { minimum = max(minimum ?? low, low) }
            if let high = node["maximum"]?.doubleValue { maximum = min(maximum ?? high, high) }
        }
        return (minimum, maximum)
    }

    /// The `enum` of the property at `path`, without `null`.
    func enumValues(at path: String) -> [String]? {
        nodes(at: path).compactMap { $0["enum"]?.arrayValue }.first?.compactMap(\.stringValue)
    }

    /// Whether the property at `path` is numeric.
    func isNumeric(at path: String) -> Bool {
        nodes(at: path).contains { node in
            let types = node["type"]?.arrayValue?.compactMap(\.stringValue) ?? node["type"]?.stringValue.map { [$0] } ?? []
            return types.contains("integer") || types.contains("number")
        }
    }

    func isInteger(at path: String) -> Bool {
        nodes(at: path).contains { node in
            (node["type"]?.arrayValue?.compactMap(\.stringValue) ?? node["type"]?.stringValue.map { [$0] } ?? []).contains("integer")
        }
    }

    /// A node with `$ref`, `allOf` and `oneOf` replaced by the nodes they stand for (`oneOf` alternatives that
    /// are objects only).
    private func expand(_ node: JSONValue) -> [JSONValue] {
        var result = [node]
        if let reference = node["$ref"]?.stringValue, reference.hasPrefix("#/$defs/") {
            let name = String(reference.dropFirst("#/$defs/".count))
            if let target = root["$defs"]?[name] { result += expand(target) }
        }
        for part in node["allOf"]?.arrayValue ?? [] { result += expand(part) }
        for part in node["oneOf"]?.arrayValue ?? [] where part["properties"] != nil { result += expand(part) }
        return result
    }
}
