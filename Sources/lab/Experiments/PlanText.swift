import LabCore

/// What `lab plan` prints for a valid spec: the resources per component, the workloads, and the cost
/// estimate per hour and per experiment with the price table's date.
enum PlanText {
    /// The layout needs an id for names and client tokens; the plan shows neither.
    static let previewID = "plan-preview"

    static func render(_ validation: SpecValidation, source: String) -> String {
        let spec = validation.spec
        let id: ExperimentID
        do {
            id = try ExperimentID(previewID)
        } catch {
            preconditionFailure("\(previewID) must follow the experiment id rule: \(error)")
        }
        let layout = ClusterLayout(spec: spec, experimentID: id)
        let estimate = CostEstimate(spec: spec, experimentID: id)
        var out = "Plan for \(source): profile \(spec.profile.rawValue), valid.\n\n"
        out += "Resources it would create (each tagged Project=pulsar-aws-lab and ExperimentID):\n"
        var rows = [["component", "nodes", "instance type", "market", "volumes per node"]]
        for component in layout.components {
            let volumes = component.volumes.map { volume in
                "\(volume.purpose.rawValue) gp3 \(volume.volume.sizeGiB) GiB" + (volume.purpose == .root ? "" : " (\(volume.volume.iops) IOPS, \(volume.volume.throughputMiBps) MiB/s)")
            }
            rows.append([
                component.component.rawValue, "\(component.count)", component.instanceType, component.spot ? "spot" : "on-demand",
                volumes.joined(separator: ", ") + (component.usesInstanceStore ? " + NVMe instance store" : ""),
            ])
        }
        out += TextTable.render(rows, indent: "  ")
        let volumeCount = layout.components.reduce(0) { $0 + $1.count * $1.volumes.count }
        let volumeGiB = layout.components.reduce(0) { $0 + $1.count * $1.volumes.reduce(0) { $0 + $1.volume.sizeGiB } }
        out += "  total: \(layout.instanceCount) instances, \(volumeCount) EBS volumes (\(volumeGiB) GiB gp3), "
        out += (layout.placementGroup != nil ? "1 cluster placement group" : "no placement group") + "\n"
        out += "  in \(spec.region ?? "the lab's region"), \(spec.availabilityZone ?? "the lab subnet's availability zone"); AMI: newest matching \(spec.amiNamePattern)"
        out += (spec.pulsarVersion.map { " tagged PulsarVersion=\($0)" } ?? "") + "\n\n"

        out += "Workloads (one after another on the same cluster):\n"
        for workload in spec.workloads {
            let rate = workload.searchesMaximumRate ? "maximum rate search" : "\(grouped(workload.producerRate)) msg/s"
            out += "  \(workload.name): \(rate) of \(grouped(workload.messageSize)) B, \(workload.topics) topic(s) × \(workload.partitionsPerTopic) partitions, "
            out += "warm-up \(workload.warmupDurationMinutes) min + test \(workload.testDurationMinutes) min (about \(workload.estimatedMinutes) min)\n"
        }

        out += "\nCost estimate (\(estimate.priceSource); on-demand even for spot nodes; Lambda, Step Functions, S3 and data transfer not included):\n"
        var costRows = [["component", "nodes", "instance/h", "volumes/h", "total/h"]]
        for line in estimate.lines {
            costRows.append([
                line.component.rawValue, "\(line.count)", line.instanceHourlyUSD.map { dollars($0, places: 4) } ?? "no price",
                dollars(line.volumesHourlyUSD, places: 4), dollars(line.hourlyUSD, places: 4),
            ])
        }
        out += TextTable.render(costRows, indent: "  ")
        out += "  per hour: \(dollars(estimate.hourlyUSD, places: 4))\n"
        let workloadMinutes = spec.workloads.reduce(0) { $0 + $1.estimatedMinutes }
        out += "  per experiment: \(dollars(estimate.totalUSD, places: 2)) for at most \(estimate.durationMinutes) min "
        out += "(launch \(ExperimentSpec.launchMinutes) + readiness budget \(spec.readinessBudgetMinutes) + workloads \(workloadMinutes) + wrap-up \(ExperimentSpec.wrapUpMinutes))\n"
        if !estimate.isComplete {
            out += "  incomplete: no price for \(estimate.unpricedInstanceTypes.joined(separator: ", ")) (counted as $0)\n"
        }
        out += "  the cluster lives at most \(spec.ttlHours) h (ttlHours): the janitor removes it after that\n"
        if !validation.notices.isEmpty {
            out += "\nNotices:\n" + validation.notices.map { "  - \($0.description)\n" }.joined()
        }
        return out
    }

    static func dollars(_ value: Double, places: Int) -> String {
        "$" + NumberText.fixed(value, places: places)
    }

    static func grouped(_ value: Int) -> String {
        NumberText.grouped(Double(value), places: 0)
    }
}
