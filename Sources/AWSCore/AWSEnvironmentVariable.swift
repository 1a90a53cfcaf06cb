/// The environment variables AWSCore reads, in one place.
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/settings-reference.html
public enum AWSEnvironmentVariable {
    public static let accessKeyID = "AWS_ACCESS_KEY_ID"
    public static let secretAccessKey = "AWS_SECRET_ACCESS_KEY"
    public static let sessionToken = "AWS_SESSION_TOKEN"
    public static let profile = "AWS_PROFILE"
    public static let defaultProfile = "AWS_DEFAULT_PROFILE"
    public static let sharedCredentialsFile = "AWS_SHARED_CREDENTIALS_FILE"
    public static let configFile = "AWS_CONFIG_FILE"
    public static let region = "AWS_REGION"
    public static let defaultRegion = "AWS_DEFAULT_REGION"
    public static let containerCredentialsFullURI = "AWS_CONTAINER_CREDENTIALS_FULL_URI"
    public static let containerCredentialsRelativeURI = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"
    public static let containerAuthorizationToken = "AWS_CONTAINER_AUTHORIZATION_TOKEN"
    public static let containerAuthorizationTokenFile = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"
    public static let ec2MetadataDisabled = "AWS_EC2_METADATA_DISABLED"
    public static let ec2MetadataServiceEndpoint = "AWS_EC2_METADATA_SERVICE_ENDPOINT"
    public static let endpointURL = "AWS_ENDPOINT_URL"
    /// Prefix of the service-specific endpoint variables, e.g. `AWS_ENDPOINT_URL_DYNAMODB`.
    public static let endpointURLPrefix = "AWS_ENDPOINT_URL_"
    public static let ignoreConfiguredEndpointURLs = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"
    public static let maxAttempts = "AWS_MAX_ATTEMPTS"
}
