/// The payload files the client node has: the six that ship in OpenMessaging Benchmark's `payload/` folder,
/// installed with OMB under `/opt/benchmark` on the pulsar-base AMI (node contract). A workload names one of
/// them, as OMB's own workloads do (`payload/payload-1Kb.data`, relative to the OMB root) or by absolute
/// path; any other size uses randomized payloads. OMB stops with "Payload length mismatch" when the file's
/// length differs from `messageSize`, so validation checks that before a cluster exists.
///
/// See: https://github.com/openmessaging/benchmark/tree/master/payload
public struct PayloadFile: Sendable, Hashable {
    /// The file name, e.g. `payload-1Kb.data`.
    public let fileName: String
    /// Its exact length in bytes.
    public let size: Int

    /// Where OMB is installed on the client node (the AMI's layout).
    public static let installRoot = "/opt/benchmark"

    /// The files the AMI carries, smallest first (sizes checked against the upstream repository's blobs).
    public static let known: [PayloadFile] = [
        PayloadFile(fileName: "payload-100b.data", size: 100),
        PayloadFile(fileName: "payload-200b.data", size: 200),
        PayloadFile(fileName: "payload-400b.data", size: 400),
        PayloadFile(fileName: "payload-1Kb.data", size: 1024),
        PayloadFile(fileName: "payload-2Kb.data", size: 2048),
        PayloadFile(fileName: "payload-4Kb.data", size: 4096),
    ]

    /// OMB's own relative spelling, `payload/payload-1Kb.data`.
    public var relativePath: String { "payload/" + fileName }

    /// The absolute path on the client node, `/opt/benchmark/payload/payload-1Kb.data`; what the rendered
    /// workload names, so it does not depend on the benchmark's working directory.
    public var absolutePath: String { Self.installRoot + "/" + relativePath }

    /// The file a spec value names, in either spelling; nil for anything else (an allow-list: no other path
    /// can reach the workload file).
    public static func named(_ path: String) -> PayloadFile? {
        known.first { $0.relativePath == path || $0.absolutePath == path }
    }

    /// The file of exactly `size` bytes, if the AMI has one.
    public static func ofSize(_ size: Int) -> PayloadFile? {
        known.first { $0.size == size }
    }
}
