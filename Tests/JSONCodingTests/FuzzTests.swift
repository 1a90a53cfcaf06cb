import Testing
@testable import JSONCoding

@Suite("Fuzz: random and mutated input either parses or throws JSONParseError — never crashes or hangs")
struct FuzzTests {
    /// Valid documents to mutate: each corner of the grammar appears in at least one.
    static let corpus: [[UInt8]] = [
        #"{"experimentId":"exp-1","mode":"latency","workloads":[{"name":"w","topics":1,"messageSize":1024,"rates":[1.5,2e3],"partitionsPerTopic":16}],"tags":{"a":"b"},"dryRun":false,"budgetUSD":null}"#,
        #"[0,-0,1.5,-2.25e-3,1E+400,123456789012345678901234567890,true,false,null,"",[],{}]"#,
        #"{"s":"\"\\\/\b\f\n\r\t\u0041\u00e9\ud83d\ude00","raw":"é€😀","nested":[[[[{"k":[{"x":{}}]}]]]]}"#,
        " \t\r\n{ \"a\" : [ 1 , 2 ] , \"b\" : { \"c\" : \"d\" } }\n",
        #""just a string""#,
        "42",
    ].map { Array($0.utf8) }

    /// Parses `input`; on success checks serialize → parse is stable, on failure checks the error is sane.
    /// Records one issue naming everything that is wrong (plain `if`s, not `#expect`, keep 10,000 runs fast).
    /// Returns whether the input parsed.
    @discardableResult
    static func check(_ input: [UInt8], iteration: Int, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        var problems: [String] = []
        var parsed = false
        do {
            let value = try JSON.parse(input)
            parsed = true
            let written = JSON.serialize(value)
            let reparsed = try JSON.parse(written)
            if reparsed != value { problems.append("re-parsed \(reparsed) != \(value)") }
            if JSON.serialize(reparsed) != written { problems.append("second serialization differs from \(text(written))") }
        } catch let error as JSONParseError {
            if error.offset < 0 || error.offset > input.count { problems.append("offset outside the input") }
            if error.line < 1 || error.column < 1 || error.column > error.offset + 1 { problems.append("impossible line/column") }
            if !error.message.contains("(offset \(error.offset))") { problems.append("message lacks the offset") }
            if error.description.contains("\n") { problems.append("description spans lines") }
            if !error.excerpt.unicodeScalars.contains("‸") { problems.append("excerpt lacks the position mark") }
            if !problems.isEmpty { problems.append("error: \(error)") }
        } catch {
            problems.append("threw \(type(of: error)) instead of JSONParseError: \(error)")
        }
        if !problems.isEmpty {
            Issue.record(
                "iteration \(iteration), seed \(FuzzSeed.value), input \(input): \(problems.joined(separator: "; "))",
                sourceLocation: sourceLocation)
        }
        return parsed
    }

    @Test("10,000 random byte strings")
    func randomBytes() {
        var generator = FuzzSeed.generator(for: "randomBytes")
        for iteration in 0..<10_000 {
            Self.check(RandomJSON.bytes(&generator), iteration: iteration)
        }
    }

    @Test("10,000 random mutations of valid documents")
    func mutatedDocuments() {
        var generator = FuzzSeed.generator(for: "mutatedDocuments")
        var parsedCount = 0
        for iteration in 0..<10_000 {
            let document = Self.corpus[iteration % Self.corpus.count]
            let mutated = RandomJSON.mutate(document, &generator)
            if Self.check(mutated, iteration: iteration) { parsedCount += 1 }
        }
        // Both outcomes must be exercised, or the mutations are too weak (or too strong) to test anything.
        #expect(parsedCount > 100 && parsedCount < 9_900, "\(parsedCount) of 10,000 mutations parsed")
    }

    @Test("Mutated specs either decode or throw DecodingError with a one-line summary")
    func mutatedSpecsDecodeOrExplain() {
        var generator = FuzzSeed.generator(for: "mutatedSpecsDecodeOrExplain")
        let spec = Self.corpus[0]
        for iteration in 0..<3_000 {
            let mutated = RandomJSON.mutate(spec, &generator)
            do {
                _ = try JSON.decode(ExperimentSpec.self, from: mutated)
            } catch let error as DecodingError {
                if error.summary.contains("\n") || !error.summary.hasPrefix(error.jsonPath + ": ") {
                    Issue.record("iteration \(iteration), seed \(FuzzSeed.value): malformed summary \(error.summary)")
                }
            } catch {
                Issue.record("iteration \(iteration), seed \(FuzzSeed.value): threw \(type(of: error)): \(error)")
            }
        }
    }
}
