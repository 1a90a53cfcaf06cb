/// The OMB Pulsar driver settings of an experiment, shaped like OMB's driver YAML (`client`, `producer`,
/// `consumer`) so a driver file converted to JSON pastes into the spec's `driver` field.
///
/// See: https://github.com/openmessaging/benchmark/blob/master/driver-pulsar/pulsar.yaml
public struct DriverSettings: Sendable, Hashable {
    public var client: PulsarClientSettings
    public var producer: ProducerSettings
    public var consumer: ConsumerSettings

    public init(
        client: PulsarClientSettings = PulsarClientSettings(), producer: ProducerSettings = ProducerSettings(),
        consumer: ConsumerSettings = ConsumerSettings()
    ) {
        self.client = client
        self.producer = producer
        self.consumer = consumer
    }
}
