/// Text made safe for a Markdown table cell or line: the characters that would end a cell, start emphasis
/// or code, or open HTML are backslash-escaped, and line breaks become spaces (a table row is one line).
/// `_` is left alone: GitHub-flavoured Markdown does not read it as emphasis inside a word, and file and
/// workload names are full of it.
enum MarkdownText {
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "|", "\\", "*", "`", "<", ">":
                escaped.append("\\")
                escaped.append(character)
            case "\n", "\r", "\r\n":
                escaped.append(" ")
            default:
                escaped.append(character)
            }
        }
        return escaped
    }
}
