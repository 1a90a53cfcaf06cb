import Foundation

/// Where `lab report` writes each format, from `-o` and `--format` (docs/reports.md):
///
/// - no `-o`, or `-o -`: one format (`--format`, default Markdown) on stdout;
/// - `-o DIR` (an existing directory, or a path ending in `/`, created): every format, or just `--format`'s,
///   as `DIR/<name>.html`, `.md`, `.csv`, where `<name>` is the input file's name without its extension;
/// - `-o FILE`: one file, in `--format` or else the format its extension names (`.html`, `.md`, `.csv`).
struct ReportDestination: Equatable {
    var format: ReportFormat
    /// nil: stdout.
    var path: String?

    static func resolve(output: String?, format: ReportFormat?, baseName: String) throws(LabCLIError) -> [ReportDestination] {
        guard let output, output != "-" else { return [ReportDestination(format: format ?? .md, path: nil)] }
        if output.hasSuffix("/") || FileAccess.isDirectory(output) {
            let directory = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
            let formats = format.map { [$0] } ?? ReportFormat.allCases
            return formats.map { ReportDestination(format: $0, path: directory + "/" + baseName + "." + $0.fileExtension) }
        }
        if let format { return [ReportDestination(format: format, path: output)] }
        let fileExtension = (output as NSString).pathExtension
        guard let implied = ReportFormat(fileExtension: fileExtension) else {
            throw LabCLIError(
                code: .invalidArguments,
                message: "cannot tell which format to write to \(output): end the name in .html, .md or .csv, pass --format, or give a directory (ending in /) for all three")
        }
        return [ReportDestination(format: implied, path: output)]
    }
}
