import Foundation

/// `--open`: hands a file or a link to the desktop's opener (`xdg-open` on Linux, `open` on macOS), and
/// says what to open by hand when there is none (a server, a container) or it fails.
enum Opener {
    /// Not `open` on Linux: there it is often kbd's `openvt`, which would start a program on a virtual console.
    #if os(macOS)
    static let programs = ["open"]
    #else
    static let programs = ["xdg-open"]
    #endif

    static func open(_ target: String?) {
        guard let target else {
            Console.progress("note: --open: nothing was written to a file, so there is nothing to open")
            return
        }
        guard let program = find(programs, in: ProcessInfo.processInfo.environment["PATH"] ?? "") else {
            Console.progress("note: --open: no \(programs.joined(separator: " or ")) on PATH; open \(target) yourself")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = [target]
        // The opener's chatter is not our data: keep stdout clean.
        process.standardOutput = FileHandle.standardError
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            Console.progress("note: --open: \(program) could not start (\(error.localizedDescription)); open \(target) yourself")
            return
        }
        if process.terminationStatus != 0 {
            Console.progress("note: --open: \(program) exited with status \(process.terminationStatus); open \(target) yourself")
        } else {
            Console.progress("opened \(target) with \(program)")
        }
    }

    /// The first of `names` that is an executable file in a directory of `path` (PATH's order).
    static func find(_ names: [String], in path: String) -> String? {
        let directories = path.split(separator: ":").map(String.init).filter { !$0.isEmpty }
        for name in names {
            for directory in directories {
                let candidate = directory + "/" + name
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }
}
