import AWSCore
import Foundation
@testable import lab
import Testing

@Suite("lab report ID: the link's note, what --open opens, finding the opener")
struct StoredReportTests {
    @Test("The note says until when, whose key, and that temporary credentials end it sooner")
    func linkNote() throws {
        let now = Timestamp(seconds: 1_795_000_000)  // 2026-11-18T11:06:40Z
        let long = AWSCredentials(accessKeyID: "AKIAEXAMPLE", secretAccessKey: "s", source: "environment")
        let note = ReportCommand.linkNote(validFor: 3600, from: now, credentials: long, object: "s3://b/k")
        #expect(note == "the link is valid for 1 hour (until 2026-11-18T12:06:40Z), signed with your credentials (access key AKIAEXAMPLE); anyone holding it can read this report until then; s3://b/k itself stays private")
        let temporary = AWSCredentials(
            accessKeyID: "ASIAEXAMPLE", secretAccessKey: "s", sessionToken: "t", expiration: try Timestamp(iso8601: "2026-11-18T12:00:00Z"), source: "sso")
        let short = ReportCommand.linkNote(validFor: 3600, from: now, credentials: temporary, object: "s3://b/k")
        #expect(short.contains("they are temporary, so it stops working when they expire (2026-11-18T12:00:00Z)"), "\(short)")
    }

    @Test("--open opens the HTML when it was written, else the first file")
    func pathToOpen() {
        #expect(ReportCommand.pathToOpen(["d/x.md", "d/x.html", "d/x.csv"]) == "d/x.html")
        #expect(ReportCommand.pathToOpen(["d/x.csv"]) == "d/x.csv")
        #expect(ReportCommand.pathToOpen([]) == nil)
    }

    @Test("The opener is looked up on PATH in order; none is nil")
    func findOpener() throws {
        let directory = try CLITestData.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = directory.appendingPathComponent("xdg-open")
        try Data("#!/bin/sh\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        #expect(Opener.find(["xdg-open"], in: "/nonexistent:\(directory.path)") == script.path)
        #expect(Opener.find(["xdg-open"], in: "/nonexistent") == nil)
    }
}
