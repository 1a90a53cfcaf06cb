import AWSCore
import AWSServices
import LabCore

/// What `lab cost ID` prints: the recorded estimate, then Cost Explorer's figures for the experiment's tag,
/// or why there are none yet.
enum CostReport {
    /// The cost allocation tag every resource of an experiment carries (LabCore's `ResourceTags`).
    static let tagKey = "ExperimentID"
    /// What the bill shows, before credits and discounts are spread.
    static let metric = "UnblendedCost"
    static let activation = "aws ce update-cost-allocation-tags-status --cost-allocation-tags-status TagKey=\(tagKey),Status=Active"

    /// The experiment, its estimate for the planned duration and for the time its cluster ran.
    static func estimate(_ experiment: StoredExperiment, now: Timestamp) -> String {
        var out = "experiment \(experiment.id): \(experiment.statusDescription)"
        if let created = experiment.createdAt { out += ", created \(created)" }
        if let finished = experiment.finishedAt { out += ", finished \(finished)" }
        out += "\n"
        guard let estimate = experiment.costEstimate else {
            return out + "estimate: none recorded (validate-ami records it; this record has no costEstimate)\n"
        }
        out += "estimate: \(usd(estimate.hourlyUSD)) per hour for the cluster's EC2 instances and EBS volumes (\(estimate.priceSource))\n"
        out += "  planned \(estimate.durationMinutes) min: \(usd(estimate.totalUSD))\n"
        if let launched = experiment.launchedAt, let (seconds, cost) = clusterUp(experiment, now: now) {
            out += "  cluster up \(ElapsedText.span(seconds)) (launched \(launched) → \(experiment.finishedAt ?? "now, still running")): \(usd(cost))\n"
        }
        if !estimate.unpricedInstanceTypes.isEmpty {
            out += "  (too low: no price for \(estimate.unpricedInstanceTypes.joined(separator: ", ")))\n"
        }
        return out
    }

    /// How long the cluster ran (launch to finish, or to now while it runs) and the estimate's price for that.
    static func clusterUp(_ experiment: StoredExperiment, now: Timestamp) -> (seconds: Double, usd: Double)? {
        guard let estimate = experiment.costEstimate, let launched = Timestamp(validISO8601: experiment.launchedAt) else { return nil }
        let end = Timestamp(validISO8601: experiment.finishedAt) ?? now
        let seconds = max(0, Double(end.seconds - launched.seconds))
        return (seconds, estimate.hourlyUSD * seconds / 3600)
    }

    /// Cost Explorer's days for the experiment: from the day it was created to the day it finished (today
    /// while it runs), UTC, the end exclusive.
    static func window(_ experiment: StoredExperiment, now: Timestamp) -> CostDateInterval {
        let today = day(now)
        let start = Timestamp(validISO8601: experiment.createdAt).map(day) ?? today
        let last = Timestamp(validISO8601: experiment.finishedAt).map(day) ?? today
        return CostDateInterval(start: start, end: nextDay(min(last, today)))
    }

    /// The actual cost per day and service, or what to do when Cost Explorer has nothing for the tag.
    /// `endpoint` is set when Cost Explorer is not AWS's (AWS_ENDPOINT_URL: the emulated lab).
    static func actual(
        _ periods: [CostResultByTime], experiment: StoredExperiment, window: CostDateInterval, endpoint: String?, now: Timestamp
    ) -> String {
        let scope = "\(metric) of resources tagged \(tagKey)=\(experiment.id), \(window.start) to \(window.end) (UTC, end exclusive)"
        var out = "actual (Cost Explorer, \(scope)):\n"
        if let endpoint {
            out += "  NOT AWS: Cost Explorer here is \(endpoint); any figure below is what that endpoint was given (test-provided in the emulated lab), not a charge\n"
        }
        var total = 0.0
        var units: Set<String> = []
        var anyEstimated = false
        var lines: [String] = []
        for period in periods {
            let groups = period.groups.compactMap { group -> (String, Double)? in
                guard let value = group.metrics[metric], let amount = Double(value.amount), amount != 0 else { return nil }
                units.insert(value.unit)
                return (group.keys.joined(separator: " / "), amount)
            }
            var dayTotal = groups.reduce(0) { $0 + $1.1 }
            if groups.isEmpty, let value = period.total[metric], let amount = Double(value.amount) {
                units.insert(value.unit)
                dayTotal = amount
            }
            guard dayTotal != 0 else { continue }
            anyEstimated = anyEstimated || period.estimated
            total += dayTotal
            lines.append("  \(period.timePeriod.start)  \(usd(dayTotal))\(period.estimated ? " (estimated by AWS: not final yet)" : "")")
            for (name, amount) in groups.sorted(by: { $0.1 > $1.1 }) { lines.append("    \(usd(amount))  \(name)") }
        }
        guard !lines.isEmpty else { return out + noData(experiment, window: window) }
        out += lines.joined(separator: "\n") + "\n"
        let unit = units.count == 1 ? units.first! : "USD"
        out += "  total \(usd(total, unit: unit))\(anyEstimated ? " (partly estimated)" : "")"
        var against: [String] = []
        if let estimate = experiment.costEstimate, estimate.totalUSD > 0 {
            against.append("planned \(usd(estimate.totalUSD)) (actual \(NumberText.signedPercent(total / estimate.totalUSD - 1)))")
        }
        if let (_, cost) = clusterUp(experiment, now: now), cost > 0 {
            against.append("for the time the cluster ran \(usd(cost)) (actual \(NumberText.signedPercent(total / cost - 1)))")
        }
        if !against.isEmpty { out += "; estimates: " + against.joined(separator: ", ") }
        return out + "\n"
    }

    /// Why Cost Explorer can have nothing for the tag, and what to do about each reason.
    static func noData(_ experiment: StoredExperiment, window: CostDateInterval) -> String {
        let when = experiment.finishedAt.map { "it finished \($0)" } ?? "it is \(experiment.displayStatus)"
        return """
              none: Cost Explorer has no cost for resources tagged \(tagKey)=\(experiment.id) from \(window.start) to \(window.end). Either:
              - AWS has not processed it yet: Cost Explorer lags up to 24 hours behind usage (\(when)); try again tomorrow; or
              - \(tagKey) is not an active cost allocation tag: activate it once per account in the Billing console (Cost allocation \
            tags → User-defined cost allocation tags → \(tagKey) → Activate) or with `\(activation)` from the payer account. Activation \
            takes up to 24 hours, and a tag counts only for costs from its activation on: experiments before that have no actual cost here.

            """
    }

    static func usd(_ value: Double, unit: String = "USD") -> String {
        "\(unit) \(NumberText.fixed(value, places: 4))"
    }

    /// `YYYY-MM-DD` (UTC) of a timestamp.
    static func day(_ time: Timestamp) -> String {
        String(time.iso8601String().prefix(10))
    }

    /// The day after `YYYY-MM-DD` (a day this file made, so it parses).
    static func nextDay(_ day: String) -> String {
        guard let time = Timestamp(validISO8601: day + "T00:00:00Z") else { return day }
        return Self.day(time.advanced(by: .seconds(86_400)))
    }
}
