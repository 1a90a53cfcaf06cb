/// The two top-level values of every OMB Pulsar driver file: the driver's name (OMB writes it into the result's
/// `driver` field and the result file name) and the class OMB loads.
public enum OMBDriverIdentity {
    public static let name = "Pulsar"
    public static let driverClass = "io.openmessaging.benchmark.driver.pulsar.PulsarBenchmarkDriver"
}
