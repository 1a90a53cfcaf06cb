import AWSCore
import Foundation
import Testing

/// One case folder of the AWS SigV4 test suite (classic format): `NAME.req` (the request), `NAME.creq`
/// (canonical request), `NAME.sts` (string to sign), `NAME.authz` (Authorization), `NAME.sreq` (signed request).
///
/// The fixed inputs are those of the suite's SOURCE.txt: key `AKIDEXAMPLE`, region `us-east-1`, service
/// `service`, time `20150830T123600Z`. A session token is an input of a case when its signed request
/// (`.sreq`) carries an `X-Amz-Security-Token` header that the request (`.req`) does not.
struct SigV4TestCase: Sendable, CustomTestStringConvertible {
    static let accessKeyID = "AKIDEXAMPLE"
    static let secretAccessKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    static let region = "us-east-1"
    static let service = "service"
    static let time = "20150830T123600Z"

    let name: String
    let folder: URL

    var testDescription: String { name }

    func file(_ ext: String) -> URL { folder.appendingPathComponent("\(name).\(ext)") }

    func read(_ ext: String) throws -> String {
        do {
            return try String(contentsOf: file(ext), encoding: .utf8)
        } catch {
            throw SigV4TestCaseError("case \(name): cannot read \(file(ext).path): \(error)")
        }
    }

    /// The parsed request of `NAME.req`.
    func request() throws -> RawHTTPRequest { try RawHTTPRequest(parsing: read("req"), caseName: name) }

    /// The session token the case was signed with, if any (see the type's comment).
    func sessionToken() throws -> String? {
        guard FileManager.default.fileExists(atPath: file("sreq").path) else { return nil }
        let signed = try RawHTTPRequest(parsing: read("sreq"), caseName: name)
        let request = try request()
        guard request.headers[SigV4.Header.securityToken] == nil else { return nil }
        return signed.headers[SigV4.Header.securityToken]
    }

    func credentials() throws -> AWSCredentials {
        AWSCredentials(
            accessKeyID: Self.accessKeyID, secretAccessKey: Self.secretAccessKey, sessionToken: try sessionToken())
    }

    func signer() -> SigV4Signer { SigV4Signer(signingName: Self.service, region: Self.region) }

    /// Signs the case's request and checks canonical request, string to sign and Authorization byte for
    /// byte. The suite's known errata (SOURCE.txt): two cases' `.sts`/`.authz` were computed without
    /// `content-length`, not from their `.creq`. Such a case shows itself as `sha256(.creq)` ≠ line 4 of
    /// `.sts`; for it the `.creq` is checked byte for byte, and of `.sts`/`.authz` only what the missing
    /// header cannot change: algorithm, date and scope, and the credential. Returns which checks ran.
    @discardableResult
    func verify() throws -> [String] {
        let time = try Timestamp(sigV4DateTime: Self.time)
        let request = try request().httpRequest()
        let credentials = try credentials()
        let expectedCanonicalRequest = try read("creq")
        let expectedStringToSign = try read("sts")
        let expectedAuthorization = try read("authz")
        let signature = signer().signature(for: request, credentials: credentials, at: time)

        #expect(
            signature.canonicalRequest == expectedCanonicalRequest,
            "\(name): canonical request differs\n--- expected\n\(expectedCanonicalRequest)\n--- ours\n\(signature.canonicalRequest)")

        let stsLines = expectedStringToSign.split(separator: "\n", omittingEmptySubsequences: false)
        let selfConsistent = stsLines.count == 4
            && stsLines[3] == Crypto.sha256Hex(Array(expectedCanonicalRequest.utf8))[...]
        if selfConsistent {
            #expect(
                signature.stringToSign == expectedStringToSign,
                "\(name): string to sign differs\n--- expected\n\(expectedStringToSign)\n--- ours\n\(signature.stringToSign)")
            #expect(
                signature.authorization == expectedAuthorization,
                "\(name): Authorization differs\n--- expected\n\(expectedAuthorization)\n--- ours\n\(signature.authorization)")
            return ["creq", "sts", "authz"]
        }
        let ourLines = signature.stringToSign.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            Array(ourLines.prefix(3)) == Array(stsLines.prefix(3)),
            "\(name) (errata): string to sign header lines differ\n--- expected\n\(expectedStringToSign)\n--- ours\n\(signature.stringToSign)")
        #expect(
            credentialPart(signature.authorization) == credentialPart(expectedAuthorization),
            "\(name) (errata): Authorization credential differs\n--- expected\n\(expectedAuthorization)\n--- ours\n\(signature.authorization)")
        return ["creq", "sts scope and authz credential (errata)"]
    }

    private func credentialPart(_ authorization: String) -> Substring {
        guard let range = authorization.range(of: "SignedHeaders=") else { return authorization[...] }
        return authorization[..<range.lowerBound]
    }

}

struct SigV4TestCaseError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
