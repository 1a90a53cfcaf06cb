/// Tables as the command line prints them (`lab list`, `results`, `status`, `plan`, `ami list`): each column padded
/// to its widest cell, two spaces apart, the first `leftAligned` columns left-aligned and the others (numbers)
/// right-aligned, every line after `indent`, no trailing spaces.
enum TextTable {
    static func render(_ rows: [[String]], leftAligned: Int = .max, indent: String = "") -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { cells in
            var line = indent
            for (column, cell) in cells.enumerated() {
                if column > 0 { line += "  " }
                line += column < leftAligned ? pad(cell, to: widths[column]) : String(repeating: " ", count: widths[column] - cell.count) + cell
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line + "\n"
        }.joined()
    }

    /// `text` followed by spaces up to `width` characters (longer text as it is).
    static func pad(_ text: String, to width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
