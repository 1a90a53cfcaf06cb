/// A workload's name made safe for S3 keys and file names: workload names may hold spaces and slashes
/// (`1 topic / 1 partition / 1Kb`, OMB's own), which must not create folders or need quoting.
extension Workload {
    /// `w<position>-<slug>`, e.g. `w01-1-topic-1-partition-1kb`: the position keeps keys unique and in run
    /// order, the slug (lowercase letters, digits, single `-`, at most 40) keeps them readable.
    public func storageKey(index: Int) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar.isASCIILowercaseLetter || scalar.isASCIIDigit {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        slug = String(slug.prefix(40))
        while slug.hasSuffix("-") { slug.removeLast() }
        let position = index + 1 < 10 ? "0\(index + 1)" : "\(index + 1)"
        return slug.isEmpty ? "w\(position)" : "w\(position)-\(slug)"
    }
}
