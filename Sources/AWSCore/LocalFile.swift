import Glibc

/// Reading small local files (shared config, token files) with plain POSIX calls.
enum LocalFile {
    /// The whole file, or `nil` when it does not exist.
    ///
    /// - Throws: `AWSError` (`.configuration`, `UnreadableFile`) when it exists but cannot be read.
    static func read(_ path: String) throws -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { return nil }
            throw unreadable(path, code)
        }
        defer { close(descriptor) }
        var contents: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw unreadable(path, errno)
            }
            if count == 0 { return contents }
            contents.append(contentsOf: chunk[..<count])
        }
    }

    private static func unreadable(_ path: String, _ code: Int32) -> AWSError {
        AWSError(
            kind: .configuration, code: "UnreadableFile",
            message: "cannot read \(path): \(String(cString: strerror(code))); check its permissions")
    }
}
