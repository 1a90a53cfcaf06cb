/// Finds the AWS Region as the SDKs do: `AWS_REGION`, then `AWS_DEFAULT_REGION`, then the selected
/// profile's `region` in the shared config file.
///
/// See: https://docs.aws.amazon.com/sdkref/latest/guide/feature-region.html
public enum RegionResolver {
    /// The region, or `nil` when none is configured.
    ///
    /// - Throws: `AWSError` (`.configuration`) when a shared file exists but cannot be parsed.
    public static func region(environment: AWSEnvironment) throws -> String? {
        if let region = environment[AWSEnvironmentVariable.region] ?? environment[AWSEnvironmentVariable.defaultRegion] {
            return region
        }
        return try SharedConfiguration(environment: environment).setting("region")
    }

    /// The region, or an error saying how to set one.
    public static func requireRegion(environment: AWSEnvironment) throws -> String {
        guard let region = try region(environment: environment) else {
            throw AWSError(
                kind: .configuration, code: "NoRegion",
                message: "no AWS Region configured; set AWS_REGION (e.g. us-east-1) or `region` in the profile of ~/.aws/config")
        }
        return region
    }
}
