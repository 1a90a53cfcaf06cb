#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Cleaning the selected experiments within the invocation's time.
extension JanitorRun {
    /// Cleans `selected` in batches while time is left (the rest is `deferred` to the next run), then, in a real
    /// run, looks again at experiments with pending or failed resources a few times while time allows.
    func clean(_ inventory: CleanupInventory, selected: [String]) -> (CleanupReport, deferred: [String]) {
        let settings = handler.settings
        let dryRun = request.dryRun
        // Listing failures are reported once, whatever the batches.
        let failures = CleanupReport(dryRun: dryRun, experimentIDs: [], outcomes: inventory.listingFailures)
        var outcomes: [CleanupOutcome] = []
        var deferred: [String] = []
        for start in stride(from: 0, to: selected.count, by: max(1, settings.experimentsPerBatch)) {
            let batch = Array(selected[start..<min(start + max(1, settings.experimentsPerBatch), selected.count)])
            guard remainingTimeMs() > settings.safetyMarginMs else {
                deferred = Array(selected[start...])
                logger.warn("out of time: experiments left to the next run", ["deferred": .array(deferred.map { .string($0) })])
                break
            }
            var part = inventory.restricted(to: Set(batch))
            part.listingFailures = []
            outcomes += cleaner.clean(part, experimentIDs: batch, dryRun: dryRun).outcomes
        }
        if !failures.outcomes.isEmpty {
            for outcome in failures.outcomes { logger.error("cleanup", outcome.json) }
        }
        var report = CleanupReport(
            dryRun: dryRun, experimentIDs: selected.filter { !deferred.contains($0) },
            outcomes: failures.outcomes + outcomes)
        guard !dryRun else { return (report, deferred) }

        var rechecks = 0
        while rechecks < settings.maxRechecks {
            let unfinished = Set((report.pending + report.failed).map(\.experimentID)).subtracting(["*"])
            guard !unfinished.isEmpty, remainingTimeMs() > settings.recheckIntervalMs + settings.safetyMarginMs else { break }
            rechecks += 1
            logger.info("re-checking what is still pending", ["experiments": .array(unfinished.sorted().map { .string($0) }), "recheck": .number(.init(rechecks))])
            Self.pause(milliseconds: settings.recheckIntervalMs)
            report = report.merging(recheck: cleaner.clean(experimentIDs: unfinished, dryRun: false))
        }
        return (report, deferred)
    }

    /// Waits without spinning; the janitor is not a state-machine stage, so a short wait within its own
    /// invocation is cheaper than a failed event delivery and a retry.
    static func pause(milliseconds: Int64) {
        var request = timespec(tv_sec: Int(milliseconds / 1000), tv_nsec: Int((milliseconds % 1000) * 1_000_000))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR {
            request = remaining
        }
    }
}
