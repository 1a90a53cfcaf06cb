import Foundation

/// The seed for the randomised tests: `JSON_FUZZ_SEED` if set (to replay a failure), else a fixed value so
/// every run checks the same cases. Each test prints the seed it used.
enum FuzzSeed {
    static let value: UInt64 = {
        if let text = ProcessInfo.processInfo.environment["JSON_FUZZ_SEED"] {
            guard let seed = UInt64(text) else {
                preconditionFailure("JSON_FUZZ_SEED must be a decimal UInt64, got \(text)")
            }
            return seed
        }
        return 20_261_126
    }()

    /// A generator for one test, announced on stdout so a failure can be replayed.
    static func generator(for test: String) -> SeededGenerator {
        print("[\(test)] seed \(value) — replay with JSON_FUZZ_SEED=\(value) swift test --filter JSONCodingTests")
        return SeededGenerator(seed: value ^ UInt64(truncatingIfNeeded: test.utf8.reduce(5381) { ($0 << 5) &+ $0 &+ Int($1) }))
    }
}
