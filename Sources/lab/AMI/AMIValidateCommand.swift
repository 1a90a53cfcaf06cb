import ArgumentParser
import Foundation

/// `lab ami validate [AMI_ID]`: launches one test instance from the image, checks it through SSM, terminates it.
struct AMIValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an AMI on one test instance (node-bootstrap and health-check through SSM); always terminates it.",
        discussion: """
            Launches one instance from the image (default: the newest lab AMI) into the lab's subnet with the node \
            instance profile, its user data running node-bootstrap --role client as an experiment's client does, waits \
            for it to run and for its SSM agent, then runs health-check --role client through SSM until node-bootstrap \
            has finished. PASSED when it reports healthy (OpenMessaging Benchmark installed, java on PATH). The instance \
            is tagged Purpose=ami-validation with an ExpiresAt the janitor honours, and terminated on every way out, \
            Ctrl-C included. Exit 0 when the image passed, 2 when it failed.
            """)

    @Argument(help: "The AMI id (default: the newest available lab AMI).")
    var image: String?

    @Option(help: "The test instance's type (default: t3.small, or t4g.small for an arm64 image).")
    var instanceType: String?

    @Option(help: "How long to wait for the instance, its SSM agent and node-bootstrap, in minutes.")
    var timeout: Int = 15

    @Flag(help: "Print the verdict as one JSON object.")
    var json = false

    func run() throws {
        guard (1...120).contains(timeout) else {
            throw LabCLIError(code: .invalidArguments, message: "--timeout \(timeout) must be 1 to 120 minutes")
        }
        InterruptSignal.install()
        let session = try LabSession.fromProcess()
        let catalog = LabImageCatalog(session: session)
        let target = try image.map { id throws(LabCLIError) in try catalog.image(id) } ?? catalog.newest()
        guard target.state == "available" else {
            throw LabCLIError(code: .invalidArguments, message: "\(target.id) is \(target.state), not available: EC2 launches only available images; wait for it (lab ami list)")
        }
        let validation = ImageValidation(
            session: session, image: target, instanceType: instanceType ?? ImageValidation.defaultInstanceType(for: target),
            timeoutSeconds: timeout * 60, runID: ImageValidation.newRunID())
        Console.progress("validating \(target.id) (\(target.name)) in \(session.region) as \(validation.runID)")
        let report = try validation.run()
        Console.output(json ? CLIJSON.text(report.json) : report.text)
        guard report.passed else {
            throw LabCLIError(code: .validationFailed, message: "\(target.id) failed validation: \(report.detail)")
        }
    }
}
