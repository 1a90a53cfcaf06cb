import Foundation
import Testing
@testable import LabCore

@Suite("User data: one node-bootstrap command per component, every value an inert shell word")
struct UserDataTests {
    let id = try! ExperimentID("exp-20261126-142501-k3x9qa")

    func userData(_ role: ClusterComponent, spec: String = "{}") throws -> NodeUserData {
        NodeUserData(spec: try SpecHelpers.spec(spec), role: role, experimentID: id, region: "us-east-1", bucket: "pulsar-aws-lab-results-123456789012")
    }

    @Test("A bookie's user data calls node-bootstrap with role, id, region, bucket, cluster name and ZooKeeper count (golden)")
    func bookieGolden() throws {
        try Golden.check(try userData(.bookkeeper).render(), against: "user-data-bookkeeper.sh")
    }

    @Test("The client's user data has no ZooKeeper count: it joins no ensemble (golden)")
    func clientGolden() throws {
        let script = try userData(.client, spec: #"{"driver": {"client": {"clusterName": "local_1"}}}"#).render()
        try Golden.check(script, against: "user-data-client.sh")
        #expect(!script.contains("--zookeeper-count"))
        #expect(script.contains("--cluster-name 'local_1'"))
    }

    @Test("Every role gets its own --role and the spec's ZooKeeper count", arguments: ClusterComponent.allCases)
    func roleAndCount(role: ClusterComponent) throws {
        let arguments = try userData(role, spec: #"{"cluster": {"zookeeper": {"count": 5}}}"#).arguments
        #expect(arguments.prefix(2) == ["--role", role.rawValue])
        if role != .client {
            #expect(Array(arguments.suffix(2)) == ["--zookeeper-count", "5"])
        }
    }

    @Test("Shell quoting keeps a single quote and everything else literal")
    func quoting() {
        #expect(ShellQuoting.quoted("plain") == "'plain'")
        #expect(ShellQuoting.quoted("") == "''")
        #expect(ShellQuoting.quoted("it's") == #"'it'\''s'"#)
        #expect(ShellQuoting.commandLine(["/bin/x", "a b", "$(id)"]) == #"'/bin/x' 'a b' '$(id)'"#)
    }

    /// Values no validator would let through, each with shell metacharacters.
    static let hostileValues = [
        "$(touch /tmp/pwned)", "`touch /tmp/pwned`", "a; touch /tmp/pwned", "it's \"quoted\"", "line\ntouch /tmp/pwned",
        "a: b # c", "*", "${HOME}", "a\\'b", "--role", "",
    ]

    @Test("Run by bash, the rendered script hands every hostile value to node-bootstrap as one unchanged argument", arguments: hostileValues)
    func hostileValuesArriveInert(value: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("user-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // A stand-in node-bootstrap that writes its arguments NUL-separated, so newlines survive the trip.
        let standIn = directory.appendingPathComponent("node-bootstrap")
        let argumentsFile = directory.appendingPathComponent("arguments")
        try "#!/bin/bash\nprintf '%s\\0' \"$@\" > \(ShellQuoting.quoted(argumentsFile.path))\n".write(to: standIn, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: standIn.path)

        let userData = NodeUserData(
            role: .broker, experimentID: id, region: value, bucket: value, clusterName: value, zookeeperCount: 3,
            bootstrapPath: standIn.path)
        let script = directory.appendingPathComponent("user-data.sh")
        try userData.render().write(to: script, atomically: true, encoding: .utf8)

        let bash = Process()
        bash.executableURL = URL(fileURLWithPath: "/bin/bash")
        bash.arguments = [script.path]
        bash.currentDirectoryURL = directory
        try bash.run()
        bash.waitUntilExit()
        #expect(bash.terminationStatus == 0, "the user data failed under bash:\n\(userData.render())")

        let received = try Data(contentsOf: argumentsFile).split(separator: 0, omittingEmptySubsequences: false).dropLast()
            .map { String(decoding: $0, as: UTF8.self) }
        #expect(received == userData.arguments, "bash split or expanded a value:\n\(userData.render())")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/pwned"), "a value was executed")
    }
}
