/// The allow-lists of the spec's string fields, in one place so the docs and the injection test can name
/// them. Each comment says where the value goes, which is why the rule is as tight as it is.
enum TextRules {
    /// Names of workloads, the experiment's description: shown in reports and written (quoted) into OMB's
    /// workload YAML; never into a shell. Wide enough for OMB's own names ("1 topic / 1 partition / 1Kb").
    static let displayName = TextRule(
        allowed: "letters, digits, spaces and - _ . / , ( ) + = % @", lengths: 1...128,
        isAllowedScalar: { $0.isASCIILetter || $0.isASCIIDigit || " -_./,()+=%@".unicodeScalars.contains($0) },
        shapeProblem: { text in
            text.first == " " || text.last == " " ? "starts or ends with a space; remove it" : nil
        })

    /// A longer free text (the experiment's description), same characters as `displayName`.
    static let description = TextRule(
        allowed: displayName.allowed, lengths: 1...256, isAllowedScalar: displayName.isAllowedScalar)

    /// The nightly plan name: part of S3 keys (baselines) and a tag value.
    static let planName = TextRule(
        allowed: "lowercase letters, digits and -", lengths: 1...40,
        isAllowedScalar: { $0.isASCIILowercaseLetter || $0.isASCIIDigit || $0 == "-" },
        shapeProblem: { text in
            text.hasPrefix("-") || text.hasSuffix("-") ? "starts or ends with -; begin and end with a letter or digit" : nil
        })

    /// An AWS region (`us-east-1`, `eu-central-2`, `us-gov-west-1`): part of endpoints and user data.
    static let region = TextRule(
        allowed: "lowercase letters, digits and - in the form us-east-1", lengths: 9...20,
        isAllowedScalar: { $0.isASCIILowercaseLetter || $0.isASCIIDigit || $0 == "-" },
        shapeProblem: { text in isRegion(text) ? nil : "is not an AWS region name such as us-east-1 or eu-central-2" })

    /// An availability zone (`us-east-1a`, or a Local Zone `us-west-2-lax-1a`).
    static let availabilityZone = TextRule(
        allowed: "lowercase letters, digits and - in the form us-east-1a", lengths: 10...32,
        isAllowedScalar: { $0.isASCIILowercaseLetter || $0.isASCIIDigit || $0 == "-" },
        shapeProblem: { text in
            regionOfAvailabilityZone(text) == nil ? "is not an availability zone name such as us-east-1a" : nil
        })

    /// An EC2 instance type (`m6i.large`, `i3en.2xlarge`, `m7i-flex.large`): an API parameter and a price key.
    static let instanceType = TextRule(
        allowed: "lowercase letters, digits, - and one . in the form m6i.large", lengths: 4...32,
        isAllowedScalar: { $0.isASCIILowercaseLetter || $0.isASCIIDigit || $0 == "-" || $0 == "." },
        shapeProblem: { text in
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2, let family = parts.first, let size = parts.last,
                  let first = family.unicodeScalars.first, first.isASCIILowercaseLetter,
                  !family.hasSuffix("-"), !size.isEmpty, !size.contains("-")
            else { return "is not an EC2 instance type such as m6i.large or i3en.2xlarge (family.size)" }
            return nil
        })

    /// A Pulsar version (`3.3.2`, `4.0.0`): matched against the AMI's tag and written into user data.
    static let pulsarVersion = TextRule(
        allowed: "digits, letters, . and - in the form 3.3.2", lengths: 1...32,
        isAllowedScalar: { $0.isASCIILetter || $0.isASCIIDigit || $0 == "." || $0 == "-" },
        shapeProblem: { text in
            let numbers = text.split(separator: "-", maxSplits: 1).first ?? ""
            let parts = numbers.split(separator: ".", omittingEmptySubsequences: false)
            let numeric = parts.count >= 2 && parts.count <= 4
                && parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy(\.isASCIIDigit) }
            return numeric ? nil : "is not a version such as 3.3.2 (numbers separated by dots, optional -suffix)"
        })

    /// The AMI name filter for DescribeImages (`pulsar-base-*`): AMI name characters plus the `*`/`?` wildcards,
    /// without spaces or quotes.
    static let amiNamePattern = TextRule(
        allowed: "letters, digits and ( ) [ ] . / @ _ - with * and ? as wildcards", lengths: 1...128,
        isAllowedScalar: { $0.isASCIILetter || $0.isASCIIDigit || "()[]./@_-*?".unicodeScalars.contains($0) })

    /// The Pulsar cluster name: written into user data (metadata initialisation) and OMB's driver YAML, so the
    /// tenant OMB creates is allowed on the cluster the nodes formed.
    static let clusterName = TextRule(
        allowed: "letters, digits, - and _", lengths: 1...64,
        isAllowedScalar: { $0.isASCIILetter || $0.isASCIIDigit || $0 == "-" || $0 == "_" },
        shapeProblem: { text in
            text.unicodeScalars.first.map { $0.isASCIILetter || $0.isASCIIDigit } == true
                ? nil : "must begin with a letter or digit"
        })

    /// OMB's `namespacePrefix`, `tenant/namespace` (OMB appends `-<random>` to the namespace part).
    static let namespacePrefix = TextRule(
        allowed: "letters, digits, - _ . and one / between tenant and namespace", lengths: 3...128,
        isAllowedScalar: { $0.isASCIILetter || $0.isASCIIDigit || "-_./".unicodeScalars.contains($0) },
        shapeProblem: { text in
            let parts = text.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else {
                return "is not tenant/namespace such as benchmark/ns"
            }
            return nil
        })

    /// Whether `text` reads as an AWS region: `<2 letters>-<word>[-<word>]-<number>` (us-east-1, us-gov-west-1,
    /// ap-southeast-4, eu-central-2, il-central-1, mx-central-1).
    static func isRegion(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.count <= 4, let country = parts.first, let number = parts.last,
              country.count == 2, country.unicodeScalars.allSatisfy(\.isASCIILowercaseLetter),
              (1...2).contains(number.count), number.unicodeScalars.allSatisfy(\.isASCIIDigit)
        else { return false }
        return parts.dropFirst().dropLast().allSatisfy {
            $0.count >= 2 && $0.unicodeScalars.allSatisfy(\.isASCIILowercaseLetter)
        }
    }

    /// The region an availability zone belongs to (`us-east-1a` → `us-east-1`; Local Zone `us-west-2-lax-1a`
    /// → `us-west-2`), or nil when `text` is not an AZ name.
    static func regionOfAvailabilityZone(_ text: String) -> String? {
        guard let last = text.unicodeScalars.last, last.isASCIILowercaseLetter else { return nil }
        let withoutLetter = String(text.dropLast())
        if isRegion(withoutLetter) { return withoutLetter }
        // Local Zones: <region>-<zone group>-<number><letter>, e.g. us-west-2-lax-1a.
        let parts = withoutLetter.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 5 else { return nil }
        let region = parts.dropLast(2).joined(separator: "-")
        let group = parts[parts.count - 2], number = parts[parts.count - 1]
        guard isRegion(region), !group.isEmpty, group.unicodeScalars.allSatisfy(\.isASCIILowercaseLetter),
              !number.isEmpty, number.unicodeScalars.allSatisfy(\.isASCIIDigit)
        else { return nil }
        return region
    }
}
