/// EC2 error codes that do not mean a cleanup failed: the resource is already gone, or still in use by something
/// that is going away (a later run deletes it).
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html
enum CleanupErrorCodes {
    static let alreadyGone: Set<String> = [
        "InvalidInstanceID.NotFound", "InvalidVolume.NotFound", "InvalidNetworkInterfaceID.NotFound",
        "InvalidGroup.NotFound", "InvalidPlacementGroup.Unknown", "InvalidSpotInstanceRequestID.NotFound",
    ]

    static let stillInUse: Set<String> = [
        "VolumeInUse", "IncorrectState", "InvalidNetworkInterface.InUse", "InvalidPlacementGroup.InUse",
        "DependencyViolation", "IncorrectInstanceState",
    ]

    /// `.deleted` for already gone, `.pending` for still in use, `.failed` for anything else (or no code).
    static func result(forCode code: String?) -> CleanupResult {
        guard let code else { return .failed }
        if alreadyGone.contains(code) { return .deleted }
        if stillInUse.contains(code) { return .pending }
        return .failed
    }
}
