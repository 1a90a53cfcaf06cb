import Foundation

/// Where output goes: data to stdout, progress and errors to stderr, so `lab … > file` captures only data.
enum Console {
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func progress(_ line: String) {
        error(line)
    }
}
