import Foundation

/// The real `echo` bootstrap, started as Lambda starts a custom runtime: a child process with
/// `AWS_LAMBDA_RUNTIME_API` pointing at the test's Runtime API server.
final class EchoProcess: @unchecked Sendable {
    let process = Process()
    private let stderrPipe = Pipe()
    private let stderrLock = NSLock()
    private var stderrData = Data()

    /// `echo` is built next to the test bundle (`swift test` builds it as a dependency of this target).
    static var executableURL: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("echo")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: "/nonexistent/echo")
    }

    init(runtimeAPI: String?, environment extra: [String: String] = [:]) throws {
        process.executableURL = Self.executableURL
        var environment = ["PATH": "/usr/bin:/bin", "AWS_LAMBDA_FUNCTION_NAME": "echo"]
        if let runtimeAPI { environment["AWS_LAMBDA_RUNTIME_API"] = runtimeAPI }
        environment.merge(extra) { _, new in new }
        process.environment = environment
        process.standardError = stderrPipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // A plain reader thread (not readabilityHandler, not waitUntilExit): both rely on a run loop
        // that Swift Testing's threads do not spin, and hang there.
        let reader = stderrPipe.fileHandleForReading.fileDescriptor
        let thread = Thread { [self] in
            var chunk = [UInt8](repeating: 0, count: 16 * 1024)
            while true {
                let count = read(reader, &chunk, chunk.count)
                if count <= 0 { return }
                stderrLock.lock()
                stderrData.append(contentsOf: chunk[0..<count])
                stderrLock.unlock()
            }
        }
        thread.start()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// What the bootstrap logged (one JSON object per line).
    var stderr: String {
        stderrLock.lock()
        defer { stderrLock.unlock() }
        return String(decoding: stderrData, as: UTF8.self)
    }

    /// Waits until stderr contains `text` (the reader thread may lag the process by a moment) and
    /// returns the whole of stderr either way, for the assertion's message.
    @discardableResult
    func waitForStderr(containing text: String, timeout: TimeInterval = 5) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while !stderr.contains(text) && Date() < deadline { usleep(2_000) }
        return stderr
    }

    /// Waits for the process to exit and returns its status, or nil if it is still running.
    func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// Ends the bootstrap as Lambda ends an idle environment.
    func terminate() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        _ = waitForExit(timeout: 5)
    }
}
