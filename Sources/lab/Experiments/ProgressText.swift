/// `lab run --wait`'s lines: `[m:ss] text`, the clock counting from the execution's start.
enum ProgressText {
    static func event(_ line: ExecutionStory.Line, startedAt elapsed: Double) -> String {
        "[\(ElapsedText.clock(elapsed))] \(line.text)"
    }

    /// `[0:07] PollReadiness · attempt 6, retrying ClusterNotReady · 3 of 9 nodes ready; not ready: …` or
    /// `[0:31] CheckBenchmark · workload 0-… · 5 min 40 s left of 6 min 30 s`.
    static func status(_ progress: RunProgress) -> String {
        "[\(ElapsedText.clock(progress.elapsedSeconds))] " + describe(progress, withTimeLeft: true)
    }

    /// What the status says apart from the clocks: a new status line is printed (without a terminal) when
    /// this changes.
    static func key(_ progress: RunProgress) -> String {
        describe(progress, withTimeLeft: false)
    }

    /// ` (lab time: the emulated lab runs 20× faster)`, or nothing on AWS.
    static func labTime(_ factor: Double) -> String {
        guard factor != 1 else { return "" }
        let shown = factor == factor.rounded() ? String(Int(factor)) : String(factor)
        return " (lab time: the emulated lab runs \(shown)× faster)"
    }

    private static func describe(_ progress: RunProgress, withTimeLeft: Bool) -> String {
        var parts = [progress.state ?? "starting"]
        if progress.attempt > 1 {
            parts.append("attempt \(progress.attempt)" + (progress.lastError.map { ", retrying \($0)" } ?? ""))
        }
        if let readiness = progress.readiness { parts.append(readiness) }
        if let benchmark = progress.benchmark {
            var text = "workload \(benchmark.workload)"
            if withTimeLeft {
                text += benchmark.secondsLeft > 0
                    ? ": \(ElapsedText.span(benchmark.secondsLeft)) left of \(ElapsedText.span(benchmark.expectedSeconds))"
                    : ": expected time (\(ElapsedText.span(benchmark.expectedSeconds))) passed \(ElapsedText.span(-benchmark.secondsLeft)) ago; checking until it ends"
                text += ProgressText.labTime(benchmark.timeFactor)
            }
            parts.append(text)
        }
        return parts.joined(separator: " · ")
    }
}
