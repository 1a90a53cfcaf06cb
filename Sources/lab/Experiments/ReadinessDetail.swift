import Foundation

/// poll-readiness's account of the nodes that are not ready yet, read back from the record's
/// `stages.poll-readiness.detail`: `6 of 9 nodes not ready: bookkeeper-0 (health: bookie-port …: closed),
/// broker-0 (SSM agent offline), and 2 more` (`PollReadinessStage.summary`; `failed` instead of `not ready`
/// when a node failed). Once ready the detail is `9 nodes healthy 5 s after launch`.
struct ReadinessDetail: Equatable {
    struct Node: Equatable {
        var name: String
        var state: String
    }

    /// Nodes listed as not ready (or failed), including the ones only counted (`and 2 more`).
    var notReady: Int
    var total: Int
    var failed: Bool
    var nodes: [Node]

    var ready: Int { total - notReady }

    /// `nil` when `text` is not in the not-ready form (e.g. the ready sentence): print it as it is.
    init?(_ text: String) {
        let words = text.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
        guard words.count == 5, let count = Int(words[0]), words[1] == "of", let total = Int(words[2]) else { return nil }
        let rest = words[4]
        let failed: Bool
        let listText: Substring
        if rest.hasPrefix("failed: ") {
            failed = true
            listText = rest.dropFirst("failed: ".count)
        } else if rest.hasPrefix("not ready: ") {
            failed = false
            listText = rest.dropFirst("not ready: ".count)
        } else {
            return nil
        }
        self.notReady = count
        self.total = total
        self.failed = failed
        self.nodes = Self.nodes(in: String(listText))
    }

    /// Splits `a-0 (x), b-1 (y, z), and 2 more` at the `, ` that starts a new `name (`: a node's state may
    /// hold commas and parentheses of its own.
    private static func nodes(in text: String) -> [Node] {
        var nodes: [Node] = []
        var remaining = Substring(text)
        if let more = remaining.range(of: ", and ", options: .backwards), remaining[more.upperBound...].hasSuffix(" more") {
            remaining = remaining[..<more.lowerBound]
        }
        while let open = remaining.range(of: " (") {
            let name = remaining[..<open.lowerBound]
            var depth = 1
            var index = open.upperBound
            while index < remaining.endIndex && depth > 0 {
                if remaining[index] == "(" { depth += 1 } else if remaining[index] == ")" { depth -= 1 }
                index = remaining.index(after: index)
            }
            let stateEnd = depth == 0 ? remaining.index(before: index) : remaining.endIndex
            nodes.append(Node(name: String(name), state: String(remaining[open.upperBound..<stateEnd])))
            remaining = remaining[index...]
            if remaining.hasPrefix(", ") { remaining = remaining.dropFirst(2) } else { break }
        }
        return nodes
    }
}
