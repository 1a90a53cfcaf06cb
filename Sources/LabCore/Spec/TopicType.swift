/// OMB Pulsar driver `client.topicType`: Pulsar's `TopicDomain`, spelt as its Java constants because that is
/// what OMB's YAML reader (Jackson, by enum constant name) accepts: `persistent` or `non_persistent`. OMB then
/// builds the topic URL from `toString()`, which gives `non-persistent://…`.
///
/// See: https://github.com/apache/pulsar/blob/master/pulsar-common/src/main/java/org/apache/pulsar/common/naming/TopicDomain.java
public enum TopicType: String, Sendable, Hashable, CaseIterable {
    case persistent
    case nonPersistent = "non_persistent"
}
