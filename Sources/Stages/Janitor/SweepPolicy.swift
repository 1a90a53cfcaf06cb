import AWSCore

/// Decides which experiments the janitor cleans. Pure: every input is passed in, so the rules are tested without
/// AWS (StagesTests/SweepPolicyTests).
///
/// The rules, first match wins:
/// 1. every resource's `ExpiresAt` has passed → **clean** (the TTL is the promise, even to a running execution);
/// 2. one of its executions is `RUNNING` → **keep** (never a running experiment within its TTL);
/// 3. an execution could not be checked → **keep** (unknown is not "ended");
/// 4. the experiment was named (manual call) or its execution ended badly (event) → **clean**;
/// 5. sweep: an execution ended (any status but `RUNNING`, or it no longer exists) → **clean**;
/// 6. sweep: no execution known, no record, resources older than the grace period → **clean** (orphan);
/// 7. otherwise → **keep**, saying what it waits for.
public struct SweepPolicy: Sendable {
    public enum Trigger: Sendable, Hashable {
        case sweep
        /// A manual call naming the experiment.
        case named
        /// The status-change event of one of its executions (ended FAILED, TIMED_OUT or ABORTED).
        case executionEnded
    }

    public var now: Timestamp
    public var graceSeconds: Int64

    public init(now: Timestamp, graceMinutes: Int) {
        self.now = now
        self.graceSeconds = Int64(graceMinutes) * 60
    }

    /// - Parameters:
    ///   - executions: what is known of each execution of `facts.executionArns` (and of the record's execution).
    ///   - recordExists: whether the experiment table has its record; nil when not looked up or the lookup failed.
    public func verdict(
        _ facts: ExperimentFacts, trigger: Trigger, executions: [String: ExecutionState], recordExists: Bool?
    ) -> JanitorVerdict {
        if let expiresAt = facts.expiresAt, expiresAt <= now {
            return .clean("ttl-expired: ExpiresAt \(expiresAt.iso8601String()) has passed")
        }
        let arns = executions.keys.sorted()
        if let running = arns.first(where: { executions[$0]?.isRunning == true }) {
            let until = facts.expiresAt.map { " until ExpiresAt \($0.iso8601String())" } ?? " (no ExpiresAt tag)"
            return .keep("execution \(running) is RUNNING; protected\(until)")
        }
        for arn in arns {
            if case .unknown(let why) = executions[arn] {
                return .keep("could not check execution \(arn) (\(why)); kept until its TTL or the next sweep")
            }
        }
        let ended = arns.compactMap { arn -> String? in
            switch executions[arn] {
            case .status(let status): return status
            case .missing: return "\(arn) no longer exists"
            case .unknown, .none: return nil
            }
        }
        switch trigger {
        case .named:
            return .clean("named by an operator" + (ended.isEmpty ? "" : "; execution \(ended.joined(separator: ", "))"))
        case .executionEnded:
            return .clean("execution-ended: \(ended.isEmpty ? "status-change event" : ended.joined(separator: ", "))")
        case .sweep:
            break
        }
        if !ended.isEmpty {
            return .clean("execution-ended: \(ended.joined(separator: ", "))")
        }
        switch recordExists {
        case .some(false):
            guard let oldest = facts.oldestResourceAt else {
                return .keep("no record and no execution, but no resource says when it was created; kept until its TTL (or clean it by name)")
            }
            let ageSeconds = now.seconds - oldest.seconds
            if ageSeconds >= graceSeconds {
                return .clean("orphaned: no record, no execution, oldest resource from \(oldest.iso8601String()) (older than \(graceSeconds / 60) min)")
            }
            return .keep("no record and no execution, but only \(ageSeconds / 60) min old (grace \(graceSeconds / 60) min)")
        case .some(true):
            return .keep("its record names no execution to check; kept until its TTL")
        case .none:
            return .keep("could not read its record; kept until its TTL or the next sweep")
        }
    }
}
