import JSONCoding

/// A tiny reader for the YAML subset that OMB's workload and driver files and our own rendered files use:
/// nested block mappings by indentation, `#` comments, and scalars (double- or single-quoted strings, plain
/// numbers, booleans, null, plain strings). Sequences, anchors, flow collections and multi-line scalars are
/// not supported and make it throw, so a file outside the subset fails loudly instead of being misread.
///
/// It exists so LabCore's tests can feed OMB's YAML files into the JSON spec and read back what the renderer
/// wrote, without a YAML dependency (LabCore itself has none). Scalars resolve as YAML 1.1 core would
/// for these files: `true`/`false`, integers, decimals, `~`/`null`/empty as null.
enum MiniYAML {
    struct Failure: Error, CustomStringConvertible {
        let line: Int
        let reason: String
        var description: String { "line \(line): \(reason)" }
    }

    static func parse(_ text: String) throws -> JSONValue {
        var lines: [(number: Int, indent: Int, content: String)] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let trimmed = line.drop(while: { $0 == " " })
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed == "---" { continue }
            if line.contains("\t") && line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
                throw Failure(line: offset + 1, reason: "tab in indentation")
            }
            lines.append((offset + 1, line.count - trimmed.count, String(trimmed)))
        }
        var index = 0
        let value = try parseMapping(&index, lines, indent: lines.first?.indent ?? 0)
        if index != lines.count {
            throw Failure(line: lines[index].number, reason: "unexpected indentation")
        }
        return value
    }

    private static func parseMapping(
        _ index: inout Int, _ lines: [(number: Int, indent: Int, content: String)], indent: Int
    ) throws -> JSONValue {
        var object = JSONObject()
        while index < lines.count, lines[index].indent == indent {
            let line = lines[index]
            if line.content.hasPrefix("- ") || line.content == "-" {
                throw Failure(line: line.number, reason: "sequences are outside the supported subset")
            }
            let (key, rest) = try splitKey(line.content, line: line.number)
            if object[key] != nil { throw Failure(line: line.number, reason: "duplicate key \(key)") }
            index += 1
            if rest.isEmpty {
                if index < lines.count, lines[index].indent > indent {
                    object[key] = try parseMapping(&index, lines, indent: lines[index].indent)
                } else {
                    object[key] = .null
                }
            } else {
                object[key] = try scalar(rest, line: line.number)
            }
        }
        if index < lines.count, lines[index].indent > indent {
            throw Failure(line: lines[index].number, reason: "unexpected indentation")
        }
        return .object(object)
    }

    /// `key: rest` → (key, rest without a trailing comment). Keys are plain or quoted.
    private static func splitKey(_ content: String, line: Int) throws -> (String, String) {
        var key = ""
        var rest = Substring(content)
        if content.hasPrefix("\"") || content.hasPrefix("'") {
            let (parsed, remainder) = try quoted(rest, line: line)
            key = parsed
            rest = remainder
            guard rest.hasPrefix(":") else { throw Failure(line: line, reason: "expected ':' after quoted key") }
            rest = rest.dropFirst()
        } else {
            guard let colon = content.firstRange(of: ": ").map({ $0.lowerBound })
                ?? (content.hasSuffix(":") ? content.index(before: content.endIndex) : nil)
            else { throw Failure(line: line, reason: "expected 'key: value', found \(content)") }
            key = String(content[..<colon])
            rest = content[content.index(after: colon)...]
        }
        return (key, String(rest.drop(while: { $0 == " " })))
    }

    private static func scalar(_ text: String, line: Int) throws -> JSONValue {
        if text.hasPrefix("\"") || text.hasPrefix("'") {
            let (value, remainder) = try quoted(Substring(text), line: line)
            let trailing = remainder.drop(while: { $0 == " " })
            guard trailing.isEmpty || trailing.hasPrefix("#") else {
                throw Failure(line: line, reason: "text after a quoted scalar: \(trailing)")
            }
            return .string(value)
        }
        if text.hasPrefix("{") || text.hasPrefix("[") || text.hasPrefix("&") || text.hasPrefix("*")
            || text.hasPrefix("|") || text.hasPrefix(">") || text.hasPrefix("!") {
            throw Failure(line: line, reason: "outside the supported subset: \(text)")
        }
        var plain = text
        if let comment = plain.firstRange(of: " #") { plain = String(plain[..<comment.lowerBound]) }
        plain = String(plain.reversed().drop(while: { $0 == " " }).reversed())
        switch plain {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let number = JSONNumber(text: plain) { return .number(number) }
        if plain.contains(": ") { throw Failure(line: line, reason: "': ' inside a plain scalar") }
        return .string(plain)
    }

    /// A quoted scalar at the start of `text` and what follows it.
    private static func quoted(_ text: Substring, line: Int) throws -> (String, Substring) {
        let quote = text.first!
        var result = ""
        var rest = text.dropFirst()
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == quote {
                if quote == "'" && rest.first == "'" {
                    result.append("'")
                    rest = rest.dropFirst()
                    continue
                }
                return (result, rest)
            }
            if quote == "\"" && character == "\\" {
                guard let escape = rest.first else { break }
                rest = rest.dropFirst()
                switch escape {
                case "\"": result.append("\"")
                case "\\": result.append("\\")
                case "/": result.append("/")
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                case "0": result.append("\0")
                case "x", "u", "U":
                    let width = escape == "x" ? 2 : escape == "u" ? 4 : 8
                    let hex = String(rest.prefix(width))
                    guard hex.count == width, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                        throw Failure(line: line, reason: "bad \\\(escape) escape")
                    }
                    result.unicodeScalars.append(scalar)
                    rest = rest.dropFirst(width)
                default:
                    throw Failure(line: line, reason: "unsupported escape \\\(escape)")
                }
                continue
            }
            result.append(character)
        }
        throw Failure(line: line, reason: "unterminated quoted scalar")
    }
}
