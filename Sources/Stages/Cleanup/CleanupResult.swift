/// How one resource ended up after a cleanup run.
public enum CleanupResult: String, Sendable, Hashable {
    /// Gone: deleted, cancelled, or an instance that reached `terminated`.
    case deleted
    /// Not gone yet, and a later run must look again: an instance `shutting-down`, a volume still attached, a
    /// placement or security group still in use by instances that are terminating.
    case pending
    /// Dry run: a real run would act on it now (or once what it waits for is gone).
    case wouldDelete = "would-delete"
    /// The AWS call failed; `CleanupOutcome.detail` says why. A later run tries again.
    case failed
}
