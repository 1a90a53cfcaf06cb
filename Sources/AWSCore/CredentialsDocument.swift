import JSONCoding

/// The JSON shape temporary credentials arrive in from `credential_process`, the container endpoint and
/// IMDS: `AccessKeyId`, `SecretAccessKey`, a token (`SessionToken` or `Token`) and `Expiration` (RFC 3339).
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/feature-process-credentials.html
enum CredentialsDocument {
    /// Reads credentials from `bytes`, naming `source` in every error.
    ///
    /// - Throws: `AWSError` (`.credentials`, `InvalidCredentialsResponse`) saying which field is wrong.
    static func parse(_ bytes: [UInt8], source: String) throws -> AWSCredentials {
        func fail(_ reason: String) -> AWSError {
            AWSError(kind: .credentials, code: "InvalidCredentialsResponse", message: "\(source) returned \(reason)")
        }
        let value: JSONValue
        do {
            value = try JSON.parse(bytes)
        } catch {
            throw fail("a body that is not JSON (\(error)): \(String(decoding: bytes.prefix(200), as: UTF8.self))")
        }
        guard value.objectValue != nil else { throw fail("JSON that is not an object") }
        if let version = value["Version"], version.intValue != 1 {
            throw fail("Version \(version), but only Version 1 is defined")
        }
        if let code = value["Code"]?.stringValue, code != "Success" {
            throw fail("Code \(code)\(value["Message"]?.stringValue.map { ": \($0)" } ?? "")")
        }
        guard let accessKeyID = value["AccessKeyId"]?.stringValue, !accessKeyID.isEmpty else {
            throw fail("no AccessKeyId")
        }
        guard let secret = value["SecretAccessKey"]?.stringValue, !secret.isEmpty else {
            throw fail("no SecretAccessKey")
        }
        let token = value["SessionToken"]?.stringValue ?? value["Token"]?.stringValue
        var expiration: Timestamp?
        if let text = value["Expiration"]?.stringValue {
            do {
                expiration = try Timestamp(iso8601: text)
            } catch {
                throw fail("an Expiration that is not an RFC 3339 time: \(text)")
            }
        }
        return AWSCredentials(
            accessKeyID: accessKeyID, secretAccessKey: secret, sessionToken: token, expiration: expiration, source: source)
    }
}
