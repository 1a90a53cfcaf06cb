import Testing
@testable import JSONCoding

@Suite("JSONObject: ordered, unique keys")
struct JSONObjectTests {
    @Test("Keys keep insertion order; replacing keeps the position; setting nil removes")
    func orderAndReplacement() {
        var object: JSONObject = ["b": 1, "a": 2]
        object["c"] = 3
        #expect(object.keys == ["b", "a", "c"])
        let old = object.updateValue("two", forKey: "a")
        #expect(old == 2)
        #expect(object.keys == ["b", "a", "c"])
        #expect(object["a"] == "two")
        object["b"] = nil
        #expect(object.keys == ["a", "c"])
        #expect(object.removeValue(forKey: "missing") == nil)
        #expect(object.removeValue(forKey: "c") == 3)
        #expect(object.keys == ["a"])
        #expect(object.values == ["two"])
        #expect(object.index(forKey: "a") == 0)
    }

    @Test("Iteration yields entries in key order")
    func iteration() {
        let object: JSONObject = ["x": 1, "y": 2, "z": 3]
        #expect(object.map(\.key) == ["x", "y", "z"])
        #expect(object.map(\.value) == [1, 2, 3])
        #expect(object.count == 3)
        #expect(object.first?.key == "x")
    }

    @Test("Lookups, replacements and removals stay right across the hash-index threshold")
    func largeObjects() {
        var object = JSONObject()
        for index in 0..<40 { object["k\(index)"] = .number(JSONNumber(index)) }
        #expect(object.count == 40)
        for index in 0..<40 { #expect(object["k\(index)"]?.intValue == index) }
        object["k5"] = "five"
        #expect(object.index(forKey: "k5") == 5)
        for index in stride(from: 39, through: 0, by: -3) { object["k\(index)"] = nil }
        for index in 0..<40 {
            let expected: JSONValue? = index % 3 == 0 ? nil : (index == 5 ? "five" : .number(JSONNumber(index)))
            #expect(object["k\(index)"] == expected, "k\(index)")
        }
        #expect(object.keys == (0..<40).filter { $0 % 3 != 0 }.map { "k\($0)" })
        #expect(object.keys.enumerated().allSatisfy { object.index(forKey: $0.element) == $0.offset })
    }

    @Test("Equality ignores key order, as RFC 8259 objects are unordered; hashes agree")
    func equalityIgnoresOrder() {
        let first: JSONObject = ["a": 1, "b": [true, .null]]
        let second: JSONObject = ["b": [true, .null], "a": 1]
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first.keys != second.keys)
        #expect(first != ["a": 1, "b": [true, false]])
        #expect(first != ["a": 1])
        #expect(first != ["a": 1, "c": [true, .null]])
    }
}
