import Foundation

/// The built `lab` binary run as a user runs it: arguments in, exit status, stdout and stderr out.
struct LabProcess {
    struct Outcome: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Everything a failing expectation should print.
        var description: String { "exit \(status)\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)" }

        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// `lab` is built next to the test bundle (`swift test` builds it as a dependency of this target).
    static var executableURL: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("lab")
            if FileManager.default.isExecutableFile(atPath: candidate.path), !isDirectory(candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: "/nonexistent/lab")
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Runs `lab arguments…` in `directory` with no AWS configuration, and waits (at most `timeout` seconds).
    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil, timeout: TimeInterval = 60) throws -> Outcome {
        let process = Process()
        process.executableURL = executableURL
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Plain reader threads and polling, not waitUntilExit or readabilityHandler: both need a run loop that
        // Swift Testing's threads do not spin (see Tests/LambdaRuntimeTests/EchoProcess.swift).
        let stdoutData = Drain(output.fileHandleForReading.fileDescriptor)
        let stderrData = Drain(errors.fileHandleForReading.fileDescriptor)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            throw TimedOut(arguments: arguments)
        }
        return Outcome(status: process.terminationStatus, stdout: stdoutData.text(), stderr: stderrData.text())
    }

    struct TimedOut: Error, CustomStringConvertible {
        var arguments: [String]
        var description: String { "lab \(arguments.joined(separator: " ")) did not finish in time" }
    }

    /// Reads a pipe to its end on its own thread.
    final class Drain: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ descriptor: Int32) {
            Thread { [self] in
                var chunk = [UInt8](repeating: 0, count: 64 * 1024)
                while true {
                    let count = read(descriptor, &chunk, chunk.count)
                    if count <= 0 { break }
                    lock.lock()
                    data.append(contentsOf: chunk[0..<count])
                    lock.unlock()
                }
                done.signal()
            }.start()
        }

        /// Everything read, once the writer closed the pipe.
        func text() -> String {
            _ = done.wait(timeout: .now() + 10)
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
