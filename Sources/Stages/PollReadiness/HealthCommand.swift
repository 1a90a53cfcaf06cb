import AWSCore
import AWSServices

/// A health-check command poll-readiness sent, kept in the experiment's record (`healthCommands`) so the next
/// pass reads its results: one pass cannot wait for SSM to run it.
struct HealthCommand: Sendable, Hashable {
    /// After this long a command is not waited for any more: its results are too old to call the cluster
    /// ready on, and a command that has not finished by then is not going to.
    static let staleAfterSeconds: Int64 = 60

    var commandID: String
    var component: String
    var instanceIDs: [String]
    var sentAt: Timestamp

    func isFresh(at now: Timestamp) -> Bool {
        now.seconds - sentAt.seconds < Self.staleAfterSeconds
    }

    var recordValue: DynamoDBValue {
        .map([
            "commandId": .string(commandID), "component": .string(component),
            "instanceIds": .list(instanceIDs.map(DynamoDBValue.string)), "sentAt": .string(sentAt.iso8601String()),
        ])
    }

    /// The commands of a record's `healthCommands`, and how many entries did not read (another build wrote
    /// them): those are dropped, which only means new commands are sent; the caller logs the count.
    static func commands(in record: DynamoDBItem?) -> (commands: [HealthCommand], unreadable: Int) {
        guard let list = record?[PollReadinessRecord.healthCommands]?.listValue else { return ([], 0) }
        var commands: [HealthCommand] = []
        for value in list {
            if let command = HealthCommand(recordValue: value) { commands.append(command) }
        }
        return (commands, list.count - commands.count)
    }

    /// nil when `value` is not a command as `recordValue` writes it.
    init?(recordValue value: DynamoDBValue) {
        guard let commandID = value["commandId"]?.stringValue, let component = value["component"]?.stringValue,
              let ids = value["instanceIds"]?.listValue, let sentText = value["sentAt"]?.stringValue
        else { return nil }
        do {
            sentAt = try Timestamp(iso8601: sentText)
        } catch {
            return nil
        }
        self.commandID = commandID
        self.component = component
        instanceIDs = ids.compactMap(\.stringValue)
    }

    init(commandID: String, component: String, instanceIDs: [String], sentAt: Timestamp) {
        self.commandID = commandID
        self.component = component
        self.instanceIDs = instanceIDs
        self.sentAt = sentAt
    }
}
