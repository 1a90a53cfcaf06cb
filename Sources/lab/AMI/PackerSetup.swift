import Foundation

/// Where `lab ami build` finds Packer, the Session Manager plugin it connects through, and the template.
enum PackerSetup {
    static let templateFile = "pulsar-base.pkr.hcl"
    static let installPacker = "https://developer.hashicorp.com/packer/install"
    static let installSessionManagerPlugin = "https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-working-with-install-plugin.html"

    /// `packer` on PATH, or `missingTool` saying where to get it.
    static func packer(path: String?) throws(LabCLIError) -> String {
        guard let found = executable("packer", path: path) else {
            throw LabCLIError(
                code: .missingTool,
                message: "packer is not installed (no packer on PATH): install Packer 1.9 or later from \(installPacker), then run lab ami build again")
        }
        return found
    }

    /// The template's Session Manager connection needs `session-manager-plugin` where Packer runs (packer/README.md);
    /// without it Packer fails only after launching its builder, so it is checked first.
    static func sessionManagerPlugin(path: String?) throws(LabCLIError) {
        guard executable("session-manager-plugin", path: path) != nil else {
            throw LabCLIError(
                code: .missingTool,
                message: "session-manager-plugin is not installed (not on PATH): Packer reaches the build instance through SSM Session Manager; install the plugin from \(installSessionManagerPlugin)")
        }
    }

    /// The first executable `name` in the `PATH` list.
    static func executable(_ name: String, path: String?) -> String? {
        for directory in (path ?? "").split(separator: ":") where !directory.isEmpty {
            let candidate = String(directory) + "/" + name
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }

    /// The directory holding `pulsar-base.pkr.hcl`: `explicit` (`--packer-dir`), else `packer/` in `workingDirectory`
    /// or the nearest parent that has one, else next to the `lab` binary's checkout (`.build/debug/lab` → the repo).
    static func templateDirectory(explicit: String?, workingDirectory: String, executable: String) throws(LabCLIError) -> String {
        if let explicit {
            let directory = URL(fileURLWithPath: explicit, relativeTo: URL(fileURLWithPath: workingDirectory)).standardizedFileURL.path
            guard FileAccess.exists(directory + "/" + templateFile) else {
                throw LabCLIError(code: .fileAccess, message: "--packer-dir \(explicit) has no \(templateFile)")
            }
            return directory
        }
        for start in [workingDirectory, URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent().path] {
            if let found = search(upFrom: start) { return found }
        }
        throw LabCLIError(
            code: .fileAccess,
            message: "cannot find packer/\(templateFile) in \(workingDirectory) or above: run lab ami build in the Pulsar AWS Lab checkout, or pass --packer-dir")
    }

    private static func search(upFrom directory: String) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent("packer")
            if FileAccess.exists(candidate.appendingPathComponent(templateFile).path) { return candidate.path }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }
}
