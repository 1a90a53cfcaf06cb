import JSONCoding

/// JSON the command line prints (`--json` of status, results, cleanup, ami list, ami validate): pretty-printed,
/// keys sorted (stable output to diff), slashes as they are, one trailing newline.
enum CLIJSON {
    static func text(_ value: JSONValue) -> String {
        String(decoding: JSON.serialize(value, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self) + "\n"
    }
}
