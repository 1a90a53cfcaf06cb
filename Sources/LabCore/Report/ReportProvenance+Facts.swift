/// The provenance as labelled lines, in the order both the HTML and the Markdown report print them.
extension ReportProvenance {
    public func facts(for workloads: [ReportedWorkload]) -> [ProvenanceFact] {
        var facts: [ProvenanceFact] = [
            ProvenanceFact(label: "Experiment", value: experimentID),
            ProvenanceFact(label: "Plan", value: plan ?? spec?.plan),
            ProvenanceFact(label: "Execution", value: executionARN),
            ProvenanceFact(label: "Description", value: spec?.description),
            ProvenanceFact(label: "Result files", value: workloads.isEmpty ? nil : workloads.map(\.source).joined(separator: ", ")),
            ProvenanceFact(label: "Profile", value: spec?.profile.rawValue),
            ProvenanceFact(label: "Cluster shape", value: spec.map(Self.clusterShape)),
            ProvenanceFact(label: "Instance types", value: spec.map(Self.instanceTypes)),
            ProvenanceFact(label: "AMI", value: ami),
            ProvenanceFact(label: "Pulsar version", value: pulsarVersion ?? spec?.pulsarVersion.map { "\($0) (requested by the spec; the AMI's tag is not recorded)" }),
            ProvenanceFact(label: "Region", value: region ?? spec?.region),
            ProvenanceFact(label: "Started", value: startedAt),
            ProvenanceFact(label: "Finished", value: finishedAt),
            ProvenanceFact(label: "Planned durations", value: spec.map(Self.plannedDurations)),
            ProvenanceFact(label: "Measured", value: workloads.isEmpty ? nil : Self.measured(workloads)),
            ProvenanceFact(label: "Cost estimate", value: costEstimate.map(Self.cost)),
        ]
        if let renderedAt { facts.append(ProvenanceFact(label: "Rendered", value: renderedAt + (renderedBy.map { " by \($0)" } ?? ""))) }
        return facts
    }

    private var ami: String? {
        switch (amiID, amiName) {
        case let (id?, name?): return "\(id) (\(name))"
        case let (id?, nil): return id
        case let (nil, name?): return name
        case (nil, nil): return nil
        }
    }

    /// `3 × zookeeper on t3.small, 3 × bookkeeper on m6i.large (gp3 journal 20 GiB, ledgers 100 GiB), …`.
    static func clusterShape(_ spec: ExperimentSpec) -> String {
        var parts = ClusterComponent.allCases.map { component -> String in
            let nodes = spec.cluster.nodes(of: component)
            var text = "\(nodes.count) × \(component.rawValue) on \(nodes.instanceType)"
            if spec.spot.isSpot(component) { text += " (spot)" }
            if component == .bookkeeper {
                switch spec.cluster.bookkeeper.storage {
                case .ebs(let journal, let ledgers):
                    text += " (gp3 journal \(journal.sizeGiB) GiB, ledgers \(ledgers.sizeGiB) GiB)"
                case .instanceStore:
                    text += " (NVMe instance store)"
                }
            }
            return text
        }
        parts.append(spec.placementGroup ? "cluster placement group" : "no placement group")
        return parts.joined(separator: "; ")
    }

    static func instanceTypes(_ spec: ExperimentSpec) -> String {
        var types: [String] = []
        for component in ClusterComponent.allCases {
            let type = spec.cluster.nodes(of: component).instanceType
            if !types.contains(type) { types.append(type) }
        }
        return types.joined(separator: ", ")
    }

    static func plannedDurations(_ spec: ExperimentSpec) -> String {
        let workloads = spec.workloads.map { workload in
            "\(workload.name): warm-up \(DurationText.minutes(workload.warmupDurationMinutes)) + test \(DurationText.minutes(workload.testDurationMinutes))"
        }
        return workloads.joined(separator: "; ") + "; whole experiment at most \(DurationText.minutes(spec.estimatedDurationMinutes)) (estimate)"
    }

    static func measured(_ workloads: [ReportedWorkload]) -> String {
        workloads.map { "\($0.name): \(SummaryText.measured($0.summary))" }.joined(separator: "; ")
    }

    static func cost(_ estimate: CostEstimate) -> String {
        var text = "$\(NumberText.fixed(estimate.hourlyUSD, places: 3)) per hour; $\(NumberText.fixed(estimate.totalUSD, places: 2)) for "
            + "\(DurationText.minutes(estimate.durationMinutes)) (\(estimate.priceSource); on-demand even for spot nodes)"
        if !estimate.isComplete {
            text += "; no price known for \(estimate.unpricedInstanceTypes.joined(separator: ", ")) (counted as $0)"
        }
        return text
    }
}
