import Foundation

/// JSON the command line prints: sorted keys (stable output to diff), no escaped slashes, one trailing newline.
enum CLIJSON {
    static func text(_ value: Any) throws(LabCLIError) -> String {
        do {
            let data = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw LabCLIError(code: .invalidResult, message: "cannot write the answer as JSON: \(error.localizedDescription)")
        }
    }
}
