/// Exercises every container method by hand: nested keyed and unkeyed containers in both kinds of
/// container, and an unkeyed super encoder/decoder.
struct Grid: Codable, Equatable {
    enum CodingKeys: String, CodingKey {
        case size, rows, meta
    }

    enum MetaKeys: String, CodingKey {
        case label, origin
    }

    var rows: [[Int]]
    var label: String
    var origin: (x: Int, y: Int)
    var footer: String

    init(rows: [[Int]], label: String, origin: (x: Int, y: Int), footer: String) {
        self.rows = rows
        self.label = label
        self.origin = origin
        self.footer = footer
    }

    static func == (lhs: Grid, rhs: Grid) -> Bool {
        lhs.rows == rhs.rows && lhs.label == rhs.label && lhs.origin == rhs.origin && lhs.footer == rhs.footer
    }

    /// Layout: `[{"size": n, "rows": [[...], ...], "meta": {"label": ..., "origin": [x, y]}}, footer]`.
    func encode(to encoder: any Encoder) throws {
        var outer = encoder.unkeyedContainer()
        var header = outer.nestedContainer(keyedBy: CodingKeys.self)
        try header.encode(rows.count, forKey: .size)
        var rowsContainer = header.nestedUnkeyedContainer(forKey: .rows)
        for row in rows {
            var rowContainer = rowsContainer.nestedUnkeyedContainer()
            for cell in row { try rowContainer.encode(cell) }
        }
        var meta = header.nestedContainer(keyedBy: MetaKeys.self, forKey: .meta)
        try meta.encode(label, forKey: .label)
        var originContainer = meta.nestedUnkeyedContainer(forKey: .origin)
        try originContainer.encode(origin.x)
        try originContainer.encode(origin.y)
        var footerContainer = outer.superEncoder().singleValueContainer()
        try footerContainer.encode(footer)
    }

    init(from decoder: any Decoder) throws {
        var outer = try decoder.unkeyedContainer()
        let header = try outer.nestedContainer(keyedBy: CodingKeys.self)
        let size = try header.decode(Int.self, forKey: .size)
        var rowsContainer = try header.nestedUnkeyedContainer(forKey: .rows)
        var rows: [[Int]] = []
        while !rowsContainer.isAtEnd {
            var rowContainer = try rowsContainer.nestedUnkeyedContainer()
            var row: [Int] = []
            while !rowContainer.isAtEnd { row.append(try rowContainer.decode(Int.self)) }
            rows.append(row)
        }
        guard rows.count == size else {
            throw DecodingError.dataCorruptedError(forKey: .size, in: header, debugDescription: "size \(size) but \(rows.count) rows")
        }
        let meta = try header.nestedContainer(keyedBy: MetaKeys.self, forKey: .meta)
        label = try meta.decode(String.self, forKey: .label)
        var originContainer = try meta.nestedUnkeyedContainer(forKey: .origin)
        origin = (try originContainer.decode(Int.self), try originContainer.decode(Int.self))
        footer = try outer.superDecoder().singleValueContainer().decode(String.self)
        self.rows = rows
    }
}
