/// OMB Pulsar driver `client.topicType` (Pulsar's `TopicDomain`).
public enum TopicType: String, Sendable, Hashable, CaseIterable {
    case persistent
    case nonPersistent = "non-persistent"
}
