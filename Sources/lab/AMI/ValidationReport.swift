import Foundation

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

    var jsonObject: [String: Any] {
        [
            "imageId": image.id, "name": image.name, "pulsarVersion": image.pulsarVersion ?? NSNull(), "region": region,
            "passed": passed, "detail": detail, "instanceId": instanceID, "instanceType": instanceType,
            "instanceState": instanceState, "validationId": runID, "seconds": (seconds * 10).rounded() / 10,
            "check": "node-bootstrap --role client from user data, then health-check --role client through SSM",
            "simulated": image.isSimulated,
        ]
    }
}
