/// How OMB samples a run: one entry in every per-period series every `periodSeconds` (its `statsPeriod`,
/// fixed at 10 s in `WorkloadGenerator`). Result files carry no timestamps, so a sample's time is derived:
/// sample i (from 0) ends at (i + 1) × 10 s into the measured phase.
///
/// See: https://github.com/openmessaging/benchmark/blob/master/benchmark-framework/src/main/java/io/openmessaging/benchmark/WorkloadGenerator.java
public enum OMBSampling {
    public static let periodSeconds = 10.0

    /// Seconds from the start of the measured phase to the end of sample `index`.
    public static func elapsedSeconds(atSample index: Int) -> Double {
        Double(index + 1) * periodSeconds
    }
}
