/// Which lab subnet a launch uses. `PULSAR_LAB_SUBNET_IDS` lists the lab's subnets, comma-separated, each
/// either a bare id (`subnet-0abc`) or `<zone>=<id>` (`us-east-1b=subnet-0abc`), the first being the default:
/// with zones, a spec's `availabilityZone` picks its subnet without an extra EC2 call (and without
/// `ec2:DescribeSubnets` for the function).
struct SubnetChoice: Hashable {
    /// nil: no subnet configured, EC2 chooses (the default VPC; a development account only).
    var subnetID: String?
    /// The zone the nodes land in, when known.
    var availabilityZone: String?
    /// Whether RunInstances must name the zone itself (`Placement.AvailabilityZone`): only when the spec asks
    /// for one and the subnet's zone is not known to be it.
    var placementZone: String?

    /// The subnet for `zone` (the spec's `availabilityZone`, nil for the default).
    ///
    /// - Throws: the message of a `LaunchFailed` when the lab has subnets with zones but none in `zone`.
    static func choose(zone: String?, from entries: [String]) throws(SubnetChoiceError) -> SubnetChoice {
        let subnets = entries.map(Entry.init)
        guard let first = subnets.first else {
            return SubnetChoice(subnetID: nil, availabilityZone: zone, placementZone: zone)
        }
        guard let zone else {
            return SubnetChoice(subnetID: first.subnetID, availabilityZone: first.zone, placementZone: nil)
        }
        if let match = subnets.first(where: { $0.zone == zone }) {
            return SubnetChoice(subnetID: match.subnetID, availabilityZone: zone, placementZone: nil)
        }
        let zones = subnets.compactMap(\.zone)
        guard zones.isEmpty else {
            throw SubnetChoiceError(
                message: "the lab has no subnet in \(zone) (its subnets are in \(zones.joined(separator: ", "))); set availabilityZone to one of those, or add a subnet in \(zone) to the lab's network (terraform: availability_zones) and apply")
        }
        // Bare ids: the zone of the first subnet is unknown here; EC2 refuses the launch if it is not `zone`.
        return SubnetChoice(subnetID: first.subnetID, availabilityZone: zone, placementZone: zone)
    }

    private struct Entry {
        var zone: String?
        var subnetID: String

        init(_ text: String) {
            if let equals = text.firstIndex(of: "=") {
                zone = String(text[..<equals])
                subnetID = String(text[text.index(after: equals)...])
            } else {
                zone = nil
                subnetID = text
            }
        }
    }
}

/// Why no subnet fits the spec's zone (becomes `LaunchFailed`).
struct SubnetChoiceError: Error {
    var message: String
}
