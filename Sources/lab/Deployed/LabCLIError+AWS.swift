import AWSCore

extension LabCLIError {
    /// One line a person can act on, from a failed AWS call: no credentials, access denied, an endpoint
    /// that does not answer, or AWS's own code and message.
    init(aws error: AWSError, doing what: String) {
        switch error.kind {
        case .credentials:
            self.init(code: .noCredentials, message: "no AWS credentials for \(what): set AWS_PROFILE (aws configure / aws sso login) or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (\(error.message))")
        case .configuration:
            self.init(code: .configuration, message: "AWS configuration problem while \(what): \(error.message)")
        case .transport:
            self.init(code: .aws, message: "cannot reach AWS while \(what): \(error.message); check the network, AWS_ENDPOINT_URL and AWS_REGION")
        default:
            switch error.code {
            case "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnrecognizedClientException",
                "InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredToken", "ExpiredTokenException":
                self.init(code: .accessDenied, message: "AWS refused \(what) (\(error.service) \(error.operation): \(error.code) — \(error.message)); check that your credentials are current and allowed to use the lab")
            default:
                self.init(code: .aws, message: "\(what) failed: \(error.description)")
            }
        }
    }
}
