import JSONCoding

/// Walks a spec document once, top to bottom, building the `ExperimentSpec` from the profile's defaults and
/// what the document sets, and recording every problem on the way (type, range, allow-list, unknown field),
/// then the checks between fields (`SpecReader+CrossChecks`).
struct SpecReader {
    var diagnostics = SpecDiagnostics()

    /// The spec, or nil when the document is not an object at all. Check `diagnostics` for problems: a
    /// spec is returned even when some fields were wrong (they keep their defaults), so the cross-field
    /// checks can still run and report what else is wrong.
    mutating func read(_ document: JSONValue) -> ExperimentSpec? {
        if document.isNull {
            return readRoot(JSONObject())
        }
        guard case .object(let object) = document else {
            diagnostics.problem(.root, "the spec must be a JSON object such as {} or {\"profile\": \"perf\"}, found \(SpecText.describe(document))")
            return nil
        }
        return readRoot(object)
    }

    private mutating func readRoot(_ object: JSONObject) -> ExperimentSpec? {
        guard let root = ObjectReader(.object(object), at: .root, knownKeys: SpecKeys.root, &diagnostics) else { return nil }
        root.reportUnknownKeys(&diagnostics)
        let profile = root.choice("profile", as: Profile.self, &diagnostics) ?? .dev
        var spec = ExperimentSpec.defaults(for: profile)

        spec.description = root.string("description", rule: TextRules.description, &diagnostics)
        spec.plan = root.string("plan", rule: TextRules.planName, &diagnostics)
        spec.region = root.string("region", rule: TextRules.region, &diagnostics)
        spec.availabilityZone = root.string("availabilityZone", rule: TextRules.availabilityZone, &diagnostics)
        if let zone = spec.availabilityZone, let zoneRegion = TextRules.regionOfAvailabilityZone(zone) {
            if let region = spec.region, region != zoneRegion {
                diagnostics.problem(
                    SpecPath.root.member("availabilityZone"),
                    "\(SpecText.quoted(zone)) is in \(zoneRegion), not in region \(region); pick a zone of \(region) such as \(region)a, or change region")
            } else if spec.region == nil {
                spec.region = zoneRegion
            }
        }
        spec.pulsarVersion = root.string("pulsarVersion", rule: TextRules.pulsarVersion, &diagnostics)
        spec.amiNamePattern = root.string("amiNamePattern", rule: TextRules.amiNamePattern, &diagnostics) ?? spec.amiNamePattern
        spec.spot = readSpot(root.value("spot"), at: SpecPath.root.member("spot"))
        spec.placementGroup = root.bool("placementGroup", default: spec.placementGroup, &diagnostics)
        spec.ttlHours = root.int("ttlHours", default: spec.ttlHours, in: 1...168, &diagnostics)
        spec.readinessBudgetMinutes = root.int(
            "readinessBudgetMinutes", default: spec.readinessBudgetMinutes, in: 1...120, &diagnostics)
        spec.tags = readTags(root.value("tags"), at: SpecPath.root.member("tags"))
        spec.cluster = readCluster(root.value("cluster"), defaults: spec.cluster)
        spec.driver = readDriver(root.value("driver"))
        spec.workloads = readWorkloads(root.value("workloads"), defaults: spec.workloads)

        checkAcrossFields(spec)
        return spec
    }

    /// `true`, `false`, or an object of per-component booleans.
    private mutating func readSpot(_ value: JSONValue?, at path: SpecPath) -> SpotPolicy {
        guard let value else { return .none }
        if case .bool(let flag) = value { return flag ? .all : .none }
        guard case .object = value else {
            diagnostics.problem(path, "expected true, false or an object such as {\"client\": true}, found \(SpecText.describe(value))")
            return .none
        }
        guard let reader = ObjectReader(value, at: path, knownKeys: SpecKeys.spot, &diagnostics) else { return .none }
        reader.reportUnknownKeys(&diagnostics)
        var policy = SpotPolicy.none
        for component in ClusterComponent.allCases where reader.bool(component.rawValue, default: false, &diagnostics) {
            policy.components.insert(component)
        }
        return policy
    }
}
