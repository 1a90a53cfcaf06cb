import Synchronization

/// Caches the credentials of another provider and fetches new ones before they expire: when less than
/// `refreshWindow` (default 5 minutes) is left. If a refresh fails while the cached credentials are still
/// valid, those are used (and the refresh is tried again on the next call); once they have expired the
/// failure is thrown. Long-term credentials (no expiry) are fetched once.
///
/// The clock is injectable so expiry can be tested without waiting.
public final class RefreshingCredentialProvider: CredentialProvider {
    public let base: any CredentialProvider
    public let refreshWindow: Duration
    private let clock: @Sendable () -> Timestamp
    private let cached = Mutex<AWSCredentials?>(nil)

    public var name: String { base.name }

    public init(
        _ base: any CredentialProvider, refreshWindow: Duration = .seconds(300),
        clock: @escaping @Sendable () -> Timestamp = { Timestamp.now() }
    ) {
        self.base = base
        self.refreshWindow = refreshWindow
        self.clock = clock
    }

    /// The cached credentials, refreshed when due; `nil` only when the base finds none.
    public func credentials() throws -> AWSCredentials? {
        // Holding the lock while fetching makes concurrent callers wait for one refresh instead of each
        // starting its own.
        try cached.withLock { cached in
            let now = clock()
            if let current = cached, !current.expires(within: refreshWindow, of: now) { return current }
            do {
                cached = try base.credentials()
                return cached
            } catch {
                if let current = cached, !current.expires(within: .zero, of: now) { return current }
                throw error
            }
        }
    }
}
