import JSONCoding

/// `lab ami validate`'s verdict, as a line a person reads or one JSON object.
struct ValidationReport {
    var image: LabImage
    var region: String
    var instanceID: String
    var instanceType: String
    var runID: String
    var passed: Bool
    /// What passed, or why it failed.
    var detail: String
    /// Real seconds from launch to verdict.
    var seconds: Double
    /// The state TerminateInstances reported (`shutting-down`, `terminated`).
    var instanceState: String = "unknown"

    var text: String {
        let version = image.pulsarVersion.map { ", Pulsar \($0)" } ?? ""
        let simulated = image.isSimulated ? " [simulated node: the emulated lab's stand-in image]" : ""
        return "\(passed ? "PASSED" : "FAILED") \(image.id) (\(image.name)\(version)) on \(instanceID) (\(instanceType), \(instanceState)) after \(Int(seconds.rounded())) s: \(detail)\(simulated)\n"
    }

    var json: JSONValue {
        [
            "imageId": .string(image.id), "name": .string(image.name), "pulsarVersion": image.pulsarVersion.map(JSONValue.string) ?? .null,
            "region": .string(region), "passed": .bool(passed), "detail": .string(detail), "instanceId": .string(instanceID),
            "instanceType": .string(instanceType), "instanceState": .string(instanceState), "validationId": .string(runID),
            // Tenths of a second; a non-finite duration (a clock gone wrong) is no number.
            "seconds": JSONNumber((seconds * 10).rounded() / 10).map(JSONValue.number) ?? .null,
            "check": "node-bootstrap --role client from user data, then health-check --role client through SSM",
            "simulated": .bool(image.isSimulated),
        ]
    }
}
