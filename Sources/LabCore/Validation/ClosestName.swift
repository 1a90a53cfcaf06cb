/// Suggests the known field a misspelt one was meant to be, by edit distance (Levenshtein, case-insensitive).
enum ClosestName {
    /// The known name closest to `name`, if it is close enough to be a plausible typo: at most 2 edits, or a
    /// third of the name's length for long names (`partitionPerTopic` → `partitionsPerTopic`,
    /// `ensemblesize` → `ensembleSize`).
    static func suggestion(for name: String, among known: [String]) -> String? {
        let lowered = Array(name.lowercased().unicodeScalars)
        // Ties go to the candidate sharing the longer prefix: "bookeeper" is one edit from both "bookkeeper"
        // and "zookeeper", and meant the first.
        var best: (name: String, distance: Int, prefix: Int)?
        for candidate in known {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            let distance = editDistance(lowered, scalars)
            let prefix = zip(lowered, scalars).prefix { $0 == $1 }.count
            if let current = best, (distance, -prefix) >= (current.distance, -current.prefix) { continue }
            best = (candidate, distance, prefix)
        }
        guard let best else { return nil }
        let allowed = max(2, lowered.count / 3)
        return best.distance <= allowed ? best.name : nil
    }

    /// The number of single-scalar insertions, deletions and substitutions that turn `a` into `b`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
