/// One line of Packer's `-machine-readable` output: `<unix time>,<target>,<type>,<data>…`, each data field with
/// `,` written `%!(PACKER_COMMA)` and newlines as `\n` (hashicorp/packer, packer/ui.go, MachineReadableUi).
///
/// See: https://developer.hashicorp.com/packer/docs/commands#machine-readable-output
struct PackerMachineLine: Equatable {
    var timestamp: Int64
    /// The build (`amazon-ebs.pulsar_base`), empty for Packer's own lines.
    var target: String
    /// `ui`, `artifact`, `artifact-count`, `error-count`, …
    var type: String
    var data: [String]

    /// nil for a line that is not machine-readable (plugin output Packer passes through, an empty line).
    init?(_ line: String) {
        let fields = line.split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count >= 3, !fields[0].isEmpty, fields[0].allSatisfy(\.isASCII), fields[0].allSatisfy(\.isNumber),
              let timestamp = Int64(fields[0]), !fields[2].isEmpty
        else { return nil }
        self.timestamp = timestamp
        target = String(fields[1])
        type = String(fields[2])
        data = fields.count > 3
            ? fields[3].split(separator: ",", omittingEmptySubsequences: false).map { Self.unescape(String($0)) } : []
    }

    init(timestamp: Int64, target: String, type: String, data: [String]) {
        self.timestamp = timestamp
        self.target = target
        self.type = type
        self.data = data
    }

    /// Undoes Packer's escaping of one data field.
    static func unescape(_ field: String) -> String {
        field.replacing("%!(PACKER_COMMA)", with: ",").replacing("\\n", with: "\n").replacing("\\r", with: "\r")
    }
}
