/// Folding a re-check (a later run over some of the experiments) into a report.
extension CleanupReport {
    /// This report, with the outcomes of `recheck`'s experiments brought up to date: a resource the re-check
    /// acted on takes its new outcome; a resource that was pending or failed and that the re-check no longer
    /// lists is gone (deleted) — unless listing its kind failed in the re-check, when the old outcome stays.
    /// Resources the re-check found for the first time are added. Outcomes of other experiments are kept.
    public func merging(recheck: CleanupReport) -> CleanupReport {
        let rechecked = Set(recheck.experimentIDs)
        let unlisted = Set(recheck.outcomes.filter { $0.action == .find && $0.result == .failed }.map(\.kind))
        var latest: [String: CleanupOutcome] = [:]
        for outcome in recheck.outcomes where outcome.action != .find {
            latest[Self.key(outcome)] = outcome
        }
        var merged: [CleanupOutcome] = []
        var seen: Set<String> = []
        for outcome in outcomes {
            let key = Self.key(outcome)
            guard rechecked.contains(outcome.experimentID), outcome.action != .find else {
                merged.append(outcome)
                continue
            }
            seen.insert(key)
            if let newer = latest[key] {
                merged.append(newer)
            } else if (outcome.result == .pending || outcome.result == .failed) && !unlisted.contains(outcome.kind) {
                var gone = outcome
                gone.result = .deleted
                gone.detail = "gone when re-checked (was \(outcome.result.rawValue)\(outcome.detail.map { ": \($0)" } ?? ""))"
                gone.errorCode = nil
                merged.append(gone)
            } else {
                merged.append(outcome)
            }
        }
        merged += recheck.outcomes.filter { $0.action == .find || !seen.contains(Self.key($0)) }
        return CleanupReport(dryRun: dryRun, experimentIDs: Set(experimentIDs).union(rechecked).sorted(), outcomes: merged)
    }

    private static func key(_ outcome: CleanupOutcome) -> String { "\(outcome.kind.rawValue) \(outcome.id)" }
}
