/// What the cleaner does (or, in a dry run, would do) to one resource.
public enum CleanupAction: String, Sendable, Hashable {
    /// `CancelSpotInstanceRequests`.
    case cancel
    /// `TerminateInstances`.
    case terminate
    /// `DeleteVolume`, `DeleteNetworkInterface`, `DeletePlacementGroup`, `DeleteSecurityGroup`.
    case delete
    /// Listing the resources of one kind (its outcome is recorded only when the listing failed, with id `*`).
    case find
}
