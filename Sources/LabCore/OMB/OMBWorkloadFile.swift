/// Renders one workload as OMB's workload file (the positional `workloads` argument of `bin/benchmark`),
/// every field explicit so the run does not depend on OMB's defaults. The payload is the node's payload file
/// of exactly `messageSize` bytes, or randomized payloads (`payloadFile` is then left out).
///
/// See: https://github.com/openmessaging/benchmark/blob/master/benchmark-framework/src/main/java/io/openmessaging/benchmark/Workload.java
public enum OMBWorkloadFile {
    public static func render(_ workload: Workload, experimentID: ExperimentID) -> String {
        YAMLWriter.document(entries(workload), comments: [
            "OpenMessaging Benchmark workload for experiment \(experimentID), rendered by pulsar-aws-lab.",
        ])
    }

    static func entries(_ workload: Workload) -> [YAMLEntry] {
        var entries = [
            YAMLEntry("name", .string(workload.name)),
            YAMLEntry("topics", .int(workload.topics)),
            YAMLEntry("partitionsPerTopic", .int(workload.partitionsPerTopic)),
            YAMLEntry("keyDistributor", .string(workload.keyDistributor.rawValue)),
            YAMLEntry("messageSize", .int(workload.messageSize)),
            YAMLEntry("useRandomizedPayloads", .bool(workload.useRandomizedPayloads)),
        ]
        if workload.useRandomizedPayloads {
            entries.append(YAMLEntry("randomBytesRatio", .double(workload.randomBytesRatio)))
            entries.append(YAMLEntry("randomizedPayloadPoolSize", .int(workload.randomizedPayloadPoolSize)))
        } else if let payloadFile = workload.payloadFile {
            entries.append(YAMLEntry("payloadFile", .string(payloadFile)))
        }
        entries += [
            YAMLEntry("subscriptionsPerTopic", .int(workload.subscriptionsPerTopic)),
            YAMLEntry("consumerPerSubscription", .int(workload.consumerPerSubscription)),
            YAMLEntry("producersPerTopic", .int(workload.producersPerTopic)),
            YAMLEntry("producerRate", .int(workload.producerRate)),
            YAMLEntry("consumerBacklogSizeGB", .int(workload.consumerBacklogSizeGB)),
            YAMLEntry("backlogDrainRatio", .double(workload.backlogDrainRatio)),
            YAMLEntry("testDurationMinutes", .int(workload.testDurationMinutes)),
            YAMLEntry("warmupDurationMinutes", .int(workload.warmupDurationMinutes)),
        ]
        return entries
    }
}
