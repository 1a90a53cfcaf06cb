import Foundation

extension FileAccess {
    /// Writes `bytes` as they are (a downloaded report must equal the stored one byte for byte), atomically.
    static func write(bytes: [UInt8], to path: String) throws(LabCLIError) {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty && !isDirectory(directory) {
            throw LabCLIError(code: .fileAccess, message: "cannot write \(path): the directory \(directory) does not exist; create it first")
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw LabCLIError(code: .fileAccess, message: "cannot write \(path): \((error as NSError).localizedDescription)")
        }
    }
}
