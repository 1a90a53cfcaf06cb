import AWSServices

/// Reads an execution's history as it grows, fetching only what is new: pages newest first
/// (`reverseOrder`), stopping at the first page that reaches an event already seen. Events are kept by id,
/// so a service that ignores `reverseOrder` or answers everything in one page (the emulated lab does)
/// gives the same result.
struct HistoryFollower {
    /// Every event seen so far, oldest first.
    private(set) var events: [SFNHistoryEvent] = []
    private var lastID = 0

    /// The events after the last one seen, oldest first. `fetch` reads one page (newest first) from a token.
    mutating func poll(fetch: (_ pageToken: String?) throws -> AWSPage<SFNHistoryEvent>) rethrows -> [SFNHistoryEvent] {
        var fresh: [Int: SFNHistoryEvent] = [:]
        var token: String?
        repeat {
            let page = try fetch(token)
            for event in page.items where event.id > lastID { fresh[event.id] = event }
            if lastID > 0 && page.items.contains(where: { $0.id <= lastID }) { break }
            token = page.nextPageToken
        } while token != nil
        let ordered = fresh.values.sorted { $0.id < $1.id }
        lastID = ordered.last?.id ?? lastID
        events += ordered
        return ordered
    }
}
