import JSONCoding

extension SpecReader {
    /// At most this many workloads per experiment: they run one after another on one cluster.
    static let workloadCountLimit = 1...20
    /// Pulsar's default `maxMessageSize` (5 MB): a larger message is refused by the broker.
    static let maxMessageSize = 5 * 1024 * 1024

    mutating func readWorkloads(_ value: JSONValue?, defaults: [Workload]) -> [Workload] {
        let path = SpecPath.root.member("workloads")
        guard let value else { return defaults }
        guard case .array(let elements) = value else {
            diagnostics.problem(path, "expected an array of workloads such as [{\"name\": \"w1\", \"producerRate\": 5000}], found \(SpecText.describe(value))")
            return defaults
        }
        guard Self.workloadCountLimit.contains(elements.count) else {
            diagnostics.problem(
                path,
                "\(elements.count) workloads; give from \(Self.workloadCountLimit.lowerBound) to \(Self.workloadCountLimit.upperBound) (leave workloads out for the profile's default workload)")
            return defaults
        }
        var workloads: [Workload] = []
        var firstIndexOfName: [String: Int] = [:]
        for (index, element) in elements.enumerated() {
            let at = path.element(index)
            let workload = readWorkload(element, at: at, index: index)
            if let earlier = firstIndexOfName[workload.name] {
                diagnostics.problem(
                    at.member("name"),
                    "\(SpecText.quoted(workload.name)) is also the name of workloads[\(earlier)]; give each workload its own name (results and reports are kept per name)")
            } else {
                firstIndexOfName[workload.name] = index
            }
            workloads.append(workload)
        }
        return workloads
    }

    private mutating func readWorkload(_ value: JSONValue, at path: SpecPath, index: Int) -> Workload {
        var workload = Workload(name: ProfileDefaults.workloadName(index: index))
        guard case .object = value else {
            diagnostics.problem(path, "expected a workload object with OMB's fields (name, topics, partitionsPerTopic, messageSize, …), found \(SpecText.describe(value))")
            return workload
        }
        guard let reader = ObjectReader(value, at: path, knownKeys: SpecKeys.workload, &diagnostics) else { return workload }
        reader.reportUnknownKeys(&diagnostics)
        workload.name = reader.string("name", rule: TextRules.displayName, &diagnostics) ?? workload.name
        workload.topics = reader.int("topics", default: workload.topics, in: 1...10_000, &diagnostics)
        workload.partitionsPerTopic = reader.int("partitionsPerTopic", default: workload.partitionsPerTopic, in: 1...10_000, &diagnostics)
        workload.keyDistributor = reader.choice("keyDistributor", as: KeyDistributor.self, &diagnostics) ?? workload.keyDistributor
        workload.messageSize = reader.int("messageSize", default: workload.messageSize, in: 1...Self.maxMessageSize, &diagnostics)
        workload.randomBytesRatio = reader.double("randomBytesRatio", default: workload.randomBytesRatio, in: 0...1, &diagnostics)
        workload.randomizedPayloadPoolSize = reader.int(
            "randomizedPayloadPoolSize", default: workload.randomizedPayloadPoolSize, in: 1...100_000, &diagnostics)
        workload.subscriptionsPerTopic = reader.int("subscriptionsPerTopic", default: workload.subscriptionsPerTopic, in: 0...100, &diagnostics)
        workload.producersPerTopic = reader.int("producersPerTopic", default: workload.producersPerTopic, in: 1...1_000, &diagnostics)
        workload.consumerPerSubscription = reader.int(
            "consumerPerSubscription", default: workload.consumerPerSubscription, in: 0...1_000, &diagnostics)
        workload.producerRate = reader.int("producerRate", default: workload.producerRate, in: 0...Int(Int32.max), &diagnostics)
        workload.consumerBacklogSizeGB = reader.int("consumerBacklogSizeGB", default: workload.consumerBacklogSizeGB, in: 0...1_000_000, &diagnostics)
        workload.backlogDrainRatio = reader.double("backlogDrainRatio", default: workload.backlogDrainRatio, in: 0...1, &diagnostics)
        workload.testDurationMinutes = reader.int("testDurationMinutes", default: workload.testDurationMinutes, in: 1...1_440, &diagnostics)
        workload.warmupDurationMinutes = reader.int("warmupDurationMinutes", default: workload.warmupDurationMinutes, in: 0...60, &diagnostics)
        resolvePayload(&workload, reader)
        checkWorkloadShape(workload, at: path)
        return workload
    }

    /// Settles the payload source: randomized when asked; else the named payload file, which must exist on
    /// the AMI and hold exactly `messageSize` bytes; else the AMI's file of that size, or randomized payloads
    /// when there is none.
    private mutating func resolvePayload(_ workload: inout Workload, _ reader: ObjectReader) {
        let randomized = reader.optionalBool("useRandomizedPayloads", &diagnostics)
        let filePath = reader.path.member("payloadFile")
        var named: PayloadFile?
        if let value = reader.value("payloadFile") {
            if case .string(let text) = value {
                named = PayloadFile.named(text)
                if named == nil {
                    let choices = PayloadFile.known.map(\.relativePath).joined(separator: ", ")
                    diagnostics.problem(
                        filePath,
                        "\(SpecText.quoted(text)) is not a payload file the client node has; use one of \(choices) (or \(PayloadFile.installRoot)/<that>), or set useRandomizedPayloads: true")
                }
            } else {
                diagnostics.problem(filePath, "expected a string such as \"payload/payload-1Kb.data\", found \(SpecText.describe(value))")
            }
        }

        if randomized == true {
            if named != nil {
                diagnostics.notice(filePath, "not used: useRandomizedPayloads is true, so OMB generates the payloads")
            }
            workload.useRandomizedPayloads = true
            workload.payloadFile = nil
            return
        }
        workload.useRandomizedPayloads = false
        if let named {
            if named.size != workload.messageSize {
                let match = PayloadFile.ofSize(workload.messageSize).map { "use \($0.relativePath)" } ?? "set useRandomizedPayloads: true"
                diagnostics.problem(
                    filePath,
                    "\(named.fileName) holds \(named.size) bytes but messageSize is \(workload.messageSize) (OMB would stop with \"Payload length mismatch\"); \(match), or change messageSize to \(named.size)")
            }
            workload.payloadFile = named.absolutePath
            return
        }
        if reader.has("payloadFile") { return }  // named but unknown or not a string: already reported
        if let file = PayloadFile.ofSize(workload.messageSize) {
            workload.payloadFile = file.absolutePath
        } else if randomized == false {
            let sizes = PayloadFile.known.map { String($0.size) }.joined(separator: ", ")
            diagnostics.problem(
                reader.path.member("useRandomizedPayloads"),
                "false, but the client node has no payload file of \(workload.messageSize) bytes; set it to true, or use a messageSize with a file: \(sizes)")
        } else {
            workload.useRandomizedPayloads = true
            workload.payloadFile = nil
            diagnostics.notice(
                reader.path.member("messageSize"),
                "no payload file of \(workload.messageSize) bytes on the client node; OMB will use randomized payloads (randomBytesRatio \(workload.randomBytesRatio))")
        }
    }

    /// Rules between a workload's own fields.
    private mutating func checkWorkloadShape(_ workload: Workload, at path: SpecPath) {
        let partitions = workload.topics * workload.partitionsPerTopic
        if partitions > 100_000 {
            diagnostics.problem(
                path.member("partitionsPerTopic"),
                "\(workload.topics) topics × \(workload.partitionsPerTopic) partitions = \(partitions) partitions; keep the product at most 100000")
        }
        if workload.consumerBacklogSizeGB > 0 {
            if workload.producerRate == 0 {
                diagnostics.problem(
                    path.member("producerRate"),
                    "0 (search for the maximum rate) cannot be combined with consumerBacklogSizeGB \(workload.consumerBacklogSizeGB): OMB refuses (\"Cannot probe producer sustainable rate when building backlog\"); set a fixed producerRate")
            }
            if workload.subscriptionsPerTopic == 0 || workload.consumerPerSubscription == 0 {
                diagnostics.problem(
                    path.member("consumerBacklogSizeGB"),
                    "\(workload.consumerBacklogSizeGB) GB of backlog needs consumers to drain it; set subscriptionsPerTopic and consumerPerSubscription to at least 1, or consumerBacklogSizeGB to 0")
            }
        }
    }
}
