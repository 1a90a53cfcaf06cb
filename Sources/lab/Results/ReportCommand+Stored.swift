import AWSCore
import AWSServices

/// `lab report ID`: the report collect-results stored with the experiment (docs/stages.md, ReportLocation).
/// The objects stay private; a reader gets either the files (`-o`) or a presigned link signed with their own
/// credentials, never a link baked in by the stage (it would carry the function's short-lived credentials).
extension ReportCommand {
    /// How long a printed link works: long enough to open and share within a meeting, short enough that a
    /// pasted link dies the same day.
    static let linkValiditySeconds = 3600

    func runStored(_ id: String) throws(LabCLIError) {
        let session = try LabSession.fromProcess()
        let experiment = try session.recordedExperiment(id)
        guard let keys = experiment.report else { throw experiment.noReport() }
        if output == nil && format == nil {
            try printLink(to: keys.reportKey, of: experiment, session: session)
            return
        }
        let destinations = try ReportDestination.resolve(output: output, format: format, baseName: id)
        if let output, output.hasSuffix("/"), !FileAccess.isDirectory(output) { try FileAccess.makeDirectory(output) }
        for destination in destinations {
            let key = keys.key(for: destination.format)
            let bytes = try session.resultsObject(key, what: "the report's \(destination.format.rawValue)")
            guard let path = destination.path else {
                Console.output(String(decoding: bytes, as: UTF8.self))
                continue
            }
            try FileAccess.write(bytes: bytes, to: path)
            Console.progress("wrote \(path) (\(destination.format.rawValue), \(bytes.count) bytes, from \(session.resultsURI(key)))")
        }
        Self.noteIfSimulated(experiment)
        if open { Opener.open(Self.pathToOpen(destinations.compactMap(\.path))) }
    }

    /// The HTML report's presigned GET link on stdout; how long it works and with whose credentials on stderr.
    private func printLink(to key: String, of experiment: StoredExperiment, session: LabSession) throws(LabCLIError) {
        let bucket = session.configuration.resultsBucket
        // A link to a missing object would only fail in the browser: check first, and say so here.
        try session.call("checking the report \(session.resultsURI(key))") {
            do {
                _ = try session.s3.headObject(HeadObjectRequest(bucket: bucket, key: key))
            } catch let error as AWSError where error.httpStatus == 404 {
                throw LabCLIError(code: .notFound, message: "experiment \(experiment.id) records a report at \(session.resultsURI(key)), but it does not exist (deleted?); lab results \(experiment.id) still shows the figures")
            }
        }
        let credentials = try session.call("reading your AWS credentials") { try session.client.credentials.requireCredentials() }
        let url = try session.call("signing a link to \(session.resultsURI(key))") {
            try session.s3.presignedGetURL(bucket: bucket, key: key, expiresIn: Self.linkValiditySeconds)
        }
        Console.output(url + "\n")
        Console.progress(Self.linkNote(validFor: Self.linkValiditySeconds, from: .now(), credentials: credentials, object: session.resultsURI(key)))
        Self.noteIfSimulated(experiment)
        if open { Opener.open(url) }
    }

    private static func noteIfSimulated(_ experiment: StoredExperiment) {
        if experiment.isSimulated { Console.progress("note: \(experiment.id)'s results are SIMULATED (the emulated lab); the report says so in a banner") }
    }

    /// What the reader should know about the link: until when it works, that it is signed with their
    /// credentials (and dies with temporary ones), and that the object itself stays private.
    static func linkNote(validFor seconds: Int, from now: Timestamp, credentials: AWSCredentials, object: String) -> String {
        let until = now.advanced(by: .seconds(seconds)).iso8601String()
        let duration = seconds % 3600 == 0 ? "\(seconds / 3600) hour\(seconds == 3600 ? "" : "s")" : "\(seconds / 60) minutes"
        var note = "the link is valid for \(duration) (until \(until)), signed with your credentials (access key \(credentials.accessKeyID))"
        if credentials.sessionToken != nil {
            note += "; they are temporary, so it stops working when they expire"
            if let expiration = credentials.expiration { note += " (\(expiration.iso8601String()))" }
        }
        note += "; anyone holding it can read this report until then; \(object) itself stays private"
        return note
    }

    /// The HTML file when one was written, else the first file.
    static func pathToOpen(_ paths: [String]) -> String? {
        paths.first { $0.hasSuffix(".html") || $0.hasSuffix(".htm") } ?? paths.first
    }
}
