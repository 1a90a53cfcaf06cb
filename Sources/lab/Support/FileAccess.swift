import Foundation

/// Reading and writing the files the offline commands work on, with one-line errors that name the path.
enum FileAccess {
    /// The standard input when `path` is `-`.
    static func read(_ path: String) throws(LabCLIError) -> [UInt8] {
        if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LabCLIError(code: .fileAccess, message: "\(path) does not exist; check the path")
        }
        guard !isDirectory.boolValue else {
            throw LabCLIError(code: .fileAccess, message: "\(path) is a directory; name a file")
        }
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            throw LabCLIError(code: .fileAccess, message: "cannot read \(path): \(reason(error)); check its permissions")
        }
    }

    static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Creates `path` and its parents when missing.
    static func makeDirectory(_ path: String) throws(LabCLIError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw LabCLIError(code: .fileAccess, message: "cannot create the directory \(path): \(reason(error))")
        }
    }

    /// Writes `text` as UTF-8, atomically (a reader never sees half a report).
    static func write(_ text: String, to path: String) throws(LabCLIError) {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// Writes `bytes` as they are (a downloaded report must equal the stored one byte for byte), atomically.
    static func write(bytes: [UInt8], to path: String) throws(LabCLIError) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty && !isDirectory(directory) {
            throw LabCLIError(code: .fileAccess, message: "cannot write \(path): the directory \(directory) does not exist; create it first")
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw LabCLIError(code: .fileAccess, message: "cannot write \(path): \(reason(error))")
        }
    }

    /// The POSIX reason when Foundation has one, else its description.
    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let posix = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(posix.code)))
        }
        return nsError.localizedDescription
    }
}
