/// Quoting for one word of a bash command line: the SSM command is a line of text that bash (on a node) or
/// shlex (the emulated lab) splits again, so every argument goes in single quotes, with `'` written as `'\''`.
/// Nothing inside single quotes is special to bash: `$(…)`, backticks, `;`, newlines all stay inert.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        var out = "'"
        for character in word {
            if character == "'" { out += "'\\''" } else { out.append(character) }
        }
        return out + "'"
    }
}
