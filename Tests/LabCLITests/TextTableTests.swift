@testable import lab
import Testing

@Suite("Tables: padded columns, numbers right-aligned, no trailing spaces")
struct TextTableTests {
    @Test("Left-aligned text, right-aligned numbers, the indent on every line, nothing after the last cell")
    func alignment() {
        let text = TextTable.render([["name", "state", "msg/s"], ["alpha", "ok", "9,988.4"], ["b", "", "12.0"]], leftAligned: 2, indent: "  ")
        #expect(text == """
              name   state    msg/s
              alpha  ok     9,988.4
              b                12.0

            """, "\(text)")
    }

    @Test("All left-aligned by default: a short last cell leaves no trailing spaces, nor does an empty one")
    func leftAligned() {
        #expect(TextTable.render([["ID", "PLAN"], ["long-id-1", "-"], ["x", ""]]) == "ID         PLAN\nlong-id-1  -\nx\n")
        #expect(TextTable.pad("ab", to: 4) == "ab  " && TextTable.pad("abcdef", to: 4) == "abcdef")
    }
}
