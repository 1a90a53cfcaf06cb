/// The limits of the gp3 volume type that the spec validates against.
///
/// See: https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html#gp3-ebs-volume-type
public enum GP3 {
    public static let volumeType = "gp3"
    public static let sizeGiB = 1...16_384
    public static let iops = 3_000...16_000
    public static let throughputMiBps = 125...1_000
    public static let baselineIOPS = 3_000
    public static let baselineThroughputMiBps = 125
    /// At most 500 IOPS per GiB of size.
    public static let maxIOPSPerGiB = 500
    /// At most 0.25 MiB/s of throughput per provisioned IOPS, i.e. IOPS ≥ 4 × MiB/s.
    public static let iopsPerMiBps = 4
}
