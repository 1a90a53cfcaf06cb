/// How many nodes of one component and on which EC2 instance type (ZooKeeper, brokers, client; bookies
/// have `BookKeeperSpec`, which adds their storage).
public struct ComponentSpec: Sendable, Hashable {
    public var count: Int
    public var instanceType: String

    public init(count: Int, instanceType: String) {
        self.count = count
        self.instanceType = instanceType
    }
}
