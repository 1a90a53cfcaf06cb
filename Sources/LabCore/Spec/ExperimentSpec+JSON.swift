import JSONCoding

/// The spec as JSON with every default filled in, in the spec's own field names: what validate-ami stores
/// as the experiment's effective spec, and what later stages read back (`validate` of this value gives the
/// same spec). Optional values that are unset are left out.
extension ExperimentSpec {
    public var jsonValue: JSONValue {
        var root = JSONObject()
        root["profile"] = .string(profile.rawValue)
        root["description"] = description.map(JSONValue.string)
        root["plan"] = plan.map(JSONValue.string)
        root["region"] = region.map(JSONValue.string)
        root["availabilityZone"] = availabilityZone.map(JSONValue.string)
        root["pulsarVersion"] = pulsarVersion.map(JSONValue.string)
        root["amiNamePattern"] = .string(amiNamePattern)
        root["spot"] = .object(JSONObject(uniqueKeysWithValues: ClusterComponent.allCases.map { ($0.rawValue, JSONValue.bool(spot.isSpot($0))) }))
        root["placementGroup"] = .bool(placementGroup)
        root["ttlHours"] = .int(ttlHours)
        root["readinessBudgetMinutes"] = .int(readinessBudgetMinutes)
        root["tags"] = .object(JSONObject(uniqueKeysWithValues: tags.map { ($0.key, JSONValue.string($0.value)) }))
        root["cluster"] = cluster.jsonValue
        root["driver"] = driver.jsonValue
        root["workloads"] = .array(workloads.map(\.jsonValue))
        return .object(root)
    }
}
