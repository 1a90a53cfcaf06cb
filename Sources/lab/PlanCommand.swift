import ArgumentParser

/// `lab plan [SPEC.json]`: offline, the spec checked with the same validator the validate-ami stage uses;
/// every problem, or what the experiment would create and cost.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Check an experiment spec offline and show the resources it would create and their estimated cost.",
        discussion: "With no file the spec is {} (the dev profile's defaults); - reads the spec from stdin. Every problem of an invalid spec is listed on stderr, exit 1.")

    @Argument(help: "The experiment spec (JSON).")
    var spec: String?

    func run() throws {
        let validation = try SpecFile(spec).validation
        Console.output(PlanText.render(validation, source: spec ?? "{} (no spec file given)"))
    }
}
