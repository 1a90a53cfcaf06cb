/// Quoting for the few shell lines the lab writes (user data, SSM commands).
///
/// A value inside single quotes is never expanded by a POSIX shell: no `$(…)`, backticks, `;`, globbing,
/// and a newline stays part of the word. Only the single quote itself needs care: it ends the quoted part,
/// so it is written as `'\''` (close, an escaped quote, reopen). Spec values are validated against
/// allow-lists before they get here (docs/experiment-spec.md, "Injection safety"); quoting is the second
/// line of defence, so a value that slipped past validation still arrives as one inert argument.
///
/// See: https://pubs.opengroup.org/onlinepubs/9699919799/utilities/V3_chap02.html#tag_18_02_02
public enum ShellQuoting {
    /// `value` as one single-quoted shell word, e.g. `it's` → `'it'\''s'`, `` → `''`.
    public static func quoted(_ value: String) -> String {
        var word = "'"
        for character in value {
            if character == "'" {
                word += "'\\''"
            } else {
                word.append(character)
            }
        }
        return word + "'"
    }

    /// A command line of single-quoted words.
    public static func commandLine(_ words: [String]) -> String {
        words.map(quoted).joined(separator: " ")
    }
}
