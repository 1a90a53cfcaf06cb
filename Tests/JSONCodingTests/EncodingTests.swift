import Testing
@testable import JSONCoding

@Suite("Encoder: key order, omission, and refusing what JSON cannot hold")
struct EncodingTests {
    struct Metrics: Encodable {
        var name = "m"
        var values: [Double] = [1]
        var ratio: Double = 0.5
        var floats: [Float] = []
        var byHost: [String: Double] = [:]
    }

    /// The `EncodingError.invalidValue` that encoding `value` must throw.
    func encodingError<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) -> (path: [String], message: String)? {
        let error = #expect(throws: EncodingError.self, sourceLocation: sourceLocation) {
            try JSON.encode(value)
        }
        guard case .invalidValue(_, let context)? = error else { return nil }
        return (keyStrings(context.codingPath), context.debugDescription)
    }

    @Test("A non-finite Double throws invalidValue naming its coding path", arguments: [
        (Metrics(values: [1, .nan]), ["values", "Index 1"], "cannot encode Double nan"),
        (Metrics(ratio: .infinity), ["ratio"], "cannot encode Double inf"),
        (Metrics(ratio: -.infinity), ["ratio"], "cannot encode Double -inf"),
        (Metrics(floats: [0, 1, .infinity]), ["floats", "Index 2"], "cannot encode Float inf"),
        (Metrics(byHost: ["h1": 1, "h2": .nan]), ["byHost", "h2"], "cannot encode Double nan"),
    ] as [(Metrics, [String], String)])
    func nonFiniteThrows(metrics: Metrics, path: [String], fragment: String) {
        guard let error = encodingError(metrics) else { return }
        #expect(error.path == path)
        #expect(error.message.contains(fragment), "\(error.message)")
        #expect(error.message.contains("JSON numbers must be finite"))
    }

    @Test("A non-finite top-level value throws with an empty path")
    func nonFiniteTopLevel() {
        #expect(encodingError(Double.nan)?.path == [])
        #expect(encodingError([Float.infinity])?.path == ["Index 0"])
        #expect(encodingError(["x": [Double.infinity]])?.path == ["x", "Index 0"])
    }

    @Test("encodeIfPresent(nil) omits the key; encodeNil writes null; keys keep encoding order")
    func omissionAndOrder() throws {
        struct Custom: Encodable {
            enum Keys: String, CodingKey { case c, a, b, d }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(3, forKey: .c)
                try container.encodeIfPresent(Optional<Int>.none, forKey: .d)
                try container.encode(1, forKey: .a)
                try container.encodeNil(forKey: .b)
            }
        }
        #expect(text(try JSON.encode(Custom())) == #"{"c":3,"a":1,"b":null}"#)
        #expect(text(try JSON.encode(Custom(), options: .sortedKeys)) == #"{"a":1,"b":null,"c":3}"#)
    }

    @Test("Encoding a key twice replaces its value where it first stood")
    func repeatedKeyReplaces() throws {
        struct Twice: Encodable {
            enum Keys: String, CodingKey { case a, b }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(1, forKey: .a)
                try container.encode(2, forKey: .b)
                try container.encode("again", forKey: .a)
            }
        }
        #expect(text(try JSON.encode(Twice())) == #"{"a":"again","b":2}"#)
    }

    @Test("A nested value that encodes nothing becomes {}; a top-level one throws")
    func encodingNothing() throws {
        struct Silent: Encodable {
            func encode(to encoder: any Encoder) throws {}
        }
        struct Holder: Encodable { var silent = Silent() }
        #expect(text(try JSON.encode(Holder())) == #"{"silent":{}}"#)
        let error = #expect(throws: EncodingError.self) { try JSON.encode(Silent()) }
        guard case .invalidValue(_, let context)? = error else { return }
        #expect(context.debugDescription == "top-level Silent did not encode any values")
    }

    @Test("A second value into one single-value container throws instead of replacing the first")
    func singleValueTwice() {
        struct Twice: Encodable {
            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(1)
                try container.encode(2)
            }
        }
        let error = #expect(throws: EncodingError.self) { try JSON.encode([Twice()]) }
        guard case .invalidValue(_, let context)? = error else { return }
        #expect(keyStrings(context.codingPath) == ["Index 0"])
        #expect(context.debugDescription.contains("a single value container holds one value"))
    }

    @Test("A reference cycle stops at the depth limit with an error instead of overflowing the stack")
    func referenceCycle() {
        final class Node: Encodable {
            var next: Node?
        }
        let node = Node()
        node.next = node
        let error = #expect(throws: EncodingError.self) { try JSON.encode(node) }
        node.next = nil
        guard case .invalidValue(_, let context)? = error else { return }
        #expect(context.debugDescription.contains("is there a reference cycle?"))
        #expect(context.codingPath.count == JSONLimits.maximumDepth)
    }

    @Test("Asking for the keyed container twice writes into one object (class + superclass sharing)")
    func keyedContainerTwice() throws {
        struct Shared: Encodable {
            enum Keys: String, CodingKey { case a, b }
            func encode(to encoder: any Encoder) throws {
                var first = encoder.container(keyedBy: Keys.self)
                try first.encode(1, forKey: .a)
                var second = encoder.container(keyedBy: Keys.self)
                try second.encode(2, forKey: .b)
            }
        }
        #expect(text(try JSON.encode(Shared())) == #"{"a":1,"b":2}"#)
    }

    @Test("Encoder-side codingPath is reported to the values being encoded")
    func encoderCodingPath() throws {
        struct PathRecorder: Encodable {
            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(encoder.codingPath.map(\.stringValue).joined(separator: "/"))
            }
        }
        struct Outer: Encodable { var items: [String: [PathRecorder]] }
        #expect(text(try JSON.encode(Outer(items: ["k": [PathRecorder()]]))) == #"{"items":{"k":["items/k/Index 0"]}}"#)
    }

    @Test("Pretty output of an encoded struct matches the golden exactly")
    func prettyGolden() throws {
        let workload = Workload(name: "1kb", topics: 1, messageSize: 1024, rates: [1000, 0.5], partitionsPerTopic: nil)
        let expected = """
        {
          "messageSize": 1024,
          "name": "1kb",
          "rates": [
            1000,
            0.5
          ],
          "topics": 1
        }
        """
        #expect(text(try JSON.encode(workload, options: [.prettyPrinted, .sortedKeys])) == expected)
    }
}
