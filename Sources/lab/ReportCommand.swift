import ArgumentParser
import AWSCore
import Foundation
import LabCore

/// `lab report --input OMB.json [-o FILE|DIR] [--format html|md|csv] [--target-rate N]`: renders OpenMessaging
/// Benchmark result files offline, without AWS. `lab report ID [-o FILE|DIR] [--open]`: an experiment's stored
/// report from the deployed lab (Results/ReportCommand+Stored.swift): downloaded, or a presigned link.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "An experiment's report (a link, or downloaded with -o), or one rendered offline from OMB result files (--input).",
        discussion: """
            -o DIR (an existing directory or a path ending in /) writes NAME.html, NAME.md and NAME.csv there, NAME being \
            the first input's file name without its extension; -o FILE writes the format its extension names (.html, .md, \
            .csv) or --format's; without -o, or with -o -, one format goes to stdout (Markdown unless --format says otherwise). \
            Several --input files make one report with one workload each. A result stamped "simulated": true gets the \
            SIMULATED banner.

            With an experiment id (needs the deployed lab): without -o, prints a presigned HTTPS link to the stored HTML \
            report, signed with your credentials and valid for an hour (the report itself stays private); -o DIR downloads \
            ID.html, ID.md and ID.csv, -o FILE the format its extension names. --open opens the file or the link with \
            xdg-open (open on macOS).
            """)

    @Argument(help: "An experiment id: its stored report (needs the deployed lab).")
    var id: String?

    @Option(name: .customLong("input"), help: "An OMB result JSON file (repeatable: one workload each).")
    var inputs: [String] = []

    @Option(name: [.short, .customLong("output")], help: "A file, a directory (all three formats), or - for stdout.")
    var output: String?

    @Option(help: "html, md or csv (default: from -o's extension; all three for a directory; md on stdout).")
    var format: ReportFormat?

    @Option(name: .customLong("target-rate"),
            help: "The workload's producerRate in msg/s, which result files do not record (repeatable: one per --input, or one for all).")
    var targetRates: [Int] = []

    @Flag(help: "Open what was written (the HTML first), or the link, with xdg-open or open.")
    var open = false

    func run() throws {
        if let id {
            guard inputs.isEmpty else {
                throw LabCLIError(code: .invalidArguments, message: "give an experiment id or --input files, not both (\(id) and --input \(inputs.joined(separator: ", ")))")
            }
            if FileAccess.exists(id) {
                throw LabCLIError(code: .invalidArguments, message: "\(id) is a file, not an experiment id: render it with lab report --input \(id)")
            }
            guard targetRates.isEmpty else {
                throw LabCLIError(code: .invalidArguments, message: "--target-rate is for --input files; an experiment's report already knows its target rates")
            }
            try runStored(id)
            return
        }
        guard !inputs.isEmpty else {
            throw LabCLIError(code: .invalidArguments, message: "lab report needs an experiment id or --input OMB.json")
        }
        guard targetRates.count <= 1 || targetRates.count == inputs.count else {
            throw LabCLIError(code: .invalidArguments, message: "\(targetRates.count) --target-rate values for \(inputs.count) --input files: give one per input, or one for all")
        }
        var workloads: [ReportedWorkload] = []
        for (index, input) in inputs.enumerated() {
            let target = targetRates.count == 1 ? targetRates[0] : (targetRates.isEmpty ? nil : targetRates[index])
            workloads.append(try Self.load(input, targetRate: target))
        }
        let baseName = ((inputs[0] as NSString).lastPathComponent as NSString).deletingPathExtension
        let provenance = ReportProvenance.offline(
            file: inputs.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "), renderedAt: Timestamp.now().iso8601String())
        let report = ExperimentReport(provenance: provenance, workloads: workloads)
        let destinations = try ReportDestination.resolve(output: output, format: format, baseName: baseName.isEmpty ? "report" : baseName)
        if let output, output.hasSuffix("/"), !FileAccess.isDirectory(output) { try FileAccess.makeDirectory(output) }
        for destination in destinations {
            let text = destination.format.render(report)
            guard let path = destination.path else {
                Console.output(text)
                continue
            }
            try FileAccess.write(text, to: path)
            Console.progress("wrote \(path) (\(destination.format.rawValue), \(text.utf8.count) bytes)")
        }
        if report.isSimulated { Console.progress("note: \(report.simulatedWorkloads.joined(separator: ", ")): SIMULATED results (stamped by the emulated lab)") }
        if open { Opener.open(Self.pathToOpen(destinations.compactMap(\.path))) }
    }

    static func load(_ path: String, targetRate: Int?) throws(LabCLIError) -> ReportedWorkload {
        let bytes = try FileAccess.read(path)
        do {
            return try ReportedWorkload.parse(bytes, source: path, targetRate: targetRate)
        } catch {
            throw LabCLIError(code: .invalidResult, message: error.message)
        }
    }
}
