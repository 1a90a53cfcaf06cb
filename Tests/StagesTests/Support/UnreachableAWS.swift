import AWSCore

/// An AWS client for tests that must not reach AWS: static credentials and an endpoint nothing listens on.
enum UnreachableAWS {
    static func client() throws -> AWSClient {
        try AWSClient.fromEnvironment(AWSEnvironment(variables: [
            "AWS_REGION": "us-east-1", "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "secret",
            "AWS_ENDPOINT_URL": "http://127.0.0.1:9", "AWS_MAX_ATTEMPTS": "1",
        ]))
    }
}
