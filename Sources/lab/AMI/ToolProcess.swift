import Foundation

/// Runs a program the command line drives (Packer) with this process's environment: its stderr goes straight to
/// ours, its stdout either too or line by line to a reader. The exit status is the caller's to judge.
enum ToolProcess {
    /// Runs `executable arguments…`, passing stdout through to stderr (progress, not data). Returns the exit status.
    static func run(_ executable: String, _ arguments: [String], workingDirectory: String) throws(LabCLIError) -> Int32 {
        let process = makeProcess(executable, arguments, workingDirectory: workingDirectory)
        process.standardOutput = FileHandle.standardError
        try launch(process, executable)
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Runs `executable arguments…`, handing each stdout line (without its newline) to `line` as it arrives.
    static func run(
        _ executable: String, _ arguments: [String], workingDirectory: String, line: (String) -> Void
    ) throws(LabCLIError) -> Int32 {
        let process = makeProcess(executable, arguments, workingDirectory: workingDirectory)
        let pipe = Pipe()
        process.standardOutput = pipe
        try launch(process, executable)
        let reader = pipe.fileHandleForReading
        var buffer: [UInt8] = []
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            buffer += chunk
            while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                line(String(decoding: buffer[..<newline], as: UTF8.self))
                buffer.removeSubrange(...newline)
            }
        }
        if !buffer.isEmpty { line(String(decoding: buffer, as: UTF8.self)) }
        process.waitUntilExit()
        return process.terminationStatus
    }

    private static func makeProcess(_ executable: String, _ arguments: [String], workingDirectory: String) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory)
        process.standardError = FileHandle.standardError
        process.standardInput = FileHandle.nullDevice
        return process
    }

    private static func launch(_ process: Process, _ executable: String) throws(LabCLIError) {
        do {
            try process.run()
        } catch {
            throw LabCLIError(code: .toolFailed, message: "cannot start \(executable): \(error.localizedDescription)")
        }
    }
}
