import AWSCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One moto server (`moto[server]`, pinned in scripts/requirements.txt) for the whole test process: started
/// on first use on a free loopback port, from the package's `.venv`; stopped when the process exits — by an
/// `atexit` handler, and in any case when the process dies, because the server watches its standard input
/// (a pipe from us) and exits when it closes.
final class MotoServer: Sendable {
    static let python = PackageRoot.path(".venv/bin/python")

    /// Why the moto tests cannot run here, or `nil` when they can.
    static var unavailableReason: String? {
        FileManager.default.isExecutableFile(atPath: python)
            ? nil : "no Python venv at \(python): run scripts/ensure-venv (scripts/test always does) to run the moto round trips"
    }

    /// Runs the server and exits when standard input reaches end of file (our process is gone).
    private static let launcher = """
        import os, sys, threading
        def watch():
            sys.stdin.buffer.read()
            os._exit(0)
        threading.Thread(target=watch, daemon=True).start()
        from moto.server import main
        main(["-H", "127.0.0.1", "-p", sys.argv[1]])
        """

    let port: Int
    let logPath: String
    private let process: Process
    private let stdinPipe: Pipe

    var endpoint: String { "http://127.0.0.1:\(port)" }

    private static let started: Result<MotoServer, any Error> = Result { try MotoServer() }

    /// The shared server, started on first call.
    static func shared() throws -> MotoServer { try started.get() }

    private init() throws {
        // The port is free when we pick it but could be taken before moto binds it: try a few.
        var failures: [String] = []
        for _ in 1...3 {
            let port = try Self.freeLoopbackPort()
            let logPath = NSTemporaryDirectory() + "aws-services-moto-\(getpid())-\(port).log"
            guard FileManager.default.createFile(atPath: logPath, contents: nil) else {
                throw TestSetupError("could not create the moto log file \(logPath)")
            }
            let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.python)
            process.arguments = ["-c", Self.launcher, String(port)]
            let stdinPipe = Pipe()
            process.standardInput = stdinPipe
            process.standardOutput = log
            process.standardError = log
            try process.run()
            Self.stopAtExit(process)
            do {
                try Self.waitUntilAnswering(process, port: port, logPath: logPath, timeout: 60)
            } catch {
                failures.append("\(error)")
                if process.isRunning { kill(process.processIdentifier, SIGTERM) }
                continue
            }
            (self.port, self.logPath, self.process, self.stdinPipe) = (port, logPath, process, stdinPipe)
            // Lambda without Docker: moto's "simple" backend answers invocations itself.
            try post("/moto-api/config", body: #"{"lambda": {"use_docker": false}}"#)
            return
        }
        throw TestSetupError("moto server did not start: \(failures.joined(separator: "\n"))")
    }

    /// A client for the server through AWSCore's environment injection (`AWS_ENDPOINT_URL`), with dummy keys.
    func client(maxAttempts: Int? = nil) throws -> AWSClient {
        var variables = [
            "AWS_ENDPOINT_URL": endpoint, "AWS_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
        ]
        if let maxAttempts { variables["AWS_MAX_ATTEMPTS"] = String(maxAttempts) }
        return try AWSClient.fromEnvironment(AWSEnvironment(variables: variables))
    }

    /// The last lines of the server's log, for failure messages.
    func logTail() -> String { Self.tail(of: logPath) }

    private static func tail(of logPath: String, lines: Int = 30) -> String {
        do {
            let text = try String(contentsOfFile: logPath, encoding: .utf8)
            return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
        } catch {
            return "(could not read \(logPath): \(error))"
        }
    }

    private static func waitUntilAnswering(_ process: Process, port: Int, logPath: String, timeout seconds: Double) throws {
        let transport = try CurlTransport(configuration: .init(connectTimeout: .seconds(1), requestTimeout: .seconds(5)))
        let url = try HTTPURL(parsing: "http://127.0.0.1:\(port)/moto-api/")
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            guard process.isRunning else {
                throw TestSetupError("moto server exited with status \(process.terminationStatus) before answering on port \(port); log \(logPath):\n\(tail(of: logPath))")
            }
            do {
                if try transport.send(HTTPRequest(method: .get, url: url)).status == 200 { return }
            } catch {
                // Connection refused until moto listens: keep polling until the deadline.
            }
            usleep(100_000)
        }
        throw TestSetupError("moto server did not answer on port \(port) within \(Int(seconds)) s; log \(logPath):\n\(tail(of: logPath))")
    }

    private func post(_ path: String, body: String) throws {
        let transport = try CurlTransport()
        let response = try transport.send(HTTPRequest(
            method: .post, url: try HTTPURL(parsing: endpoint + path), headers: ["Content-Type": "application/json"],
            body: Array(body.utf8)))
        guard response.isSuccess else { throw TestSetupError("moto \(path) answered \(response.status): \(response.bodyText)") }
    }

    private static func freeLoopbackPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw TestSetupError("socket() failed: errno \(errno)") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw TestSetupError("could not bind a loopback port: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    // MARK: Stopping

    /// Servers started by this process (one, unless a start was retried); only touched while starting,
    /// which `started` serialises, and at exit.
    private nonisolated(unsafe) static var launched: [Process] = []

    private static func stopAtExit(_ process: Process) {
        if launched.isEmpty {
            atexit {
                for process in MotoServer.launched where process.isRunning { kill(process.processIdentifier, SIGTERM) }
            }
        }
        launched.append(process)
    }
}
