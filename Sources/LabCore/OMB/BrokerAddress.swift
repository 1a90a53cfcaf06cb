/// A broker's private IPv4 address or DNS name as apply-infra or poll-readiness found it, checked before it
/// goes into OMB's driver file: dotted-quad IPv4, or a DNS name of lowercase letters, digits, `-` and `.`
/// (e.g. `ip-10-0-1-12.ec2.internal`).
public struct BrokerAddress: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    /// - Throws: `LabCoreError` `.invalidInput` naming the address.
    public init(_ text: String) throws(LabCoreError) {
        guard Self.isIPv4(text) || Self.isHostName(text) else {
            throw LabCoreError(
                code: .invalidInput,
                message: "\(SpecText.quoted(text)) is not a broker address: expected a private IPv4 address such as 10.0.1.12 or a DNS name such as ip-10-0-1-12.ec2.internal (from DescribeInstances PrivateIpAddress/PrivateDnsName)")
        }
        value = text
    }

    public var description: String { value }

    static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.unicodeScalars.allSatisfy(\.isASCIIDigit)
                && (part.count == 1 || part.first != "0") && Int(part)! <= 255
        }
    }

    static func isHostName(_ text: String) -> Bool {
        guard (1...253).contains(text.utf8.count) else { return false }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        // A name whose labels are all digits would read as (a malformed) IPv4 address.
        guard labels.contains(where: { $0.unicodeScalars.contains { !$0.isASCIIDigit } }) else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.count) && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { $0.isASCIILowercaseLetter || $0.isASCIIDigit || $0 == "-" }
        }
    }
}
