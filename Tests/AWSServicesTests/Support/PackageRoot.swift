import Foundation

/// Where the package's files are: the nearest directory above this source file that holds Package.swift.
enum PackageRoot {
    static let url: URL = {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) { return directory }
            directory.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    static func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }
}
