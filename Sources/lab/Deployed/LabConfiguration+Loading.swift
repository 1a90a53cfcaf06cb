import Foundation

extension LabConfiguration {
    /// The variables that override (or, without a file, make up) the configuration.
    enum Variable {
        static let configFile = "LAB_CONFIG"
        static let stateMachineArn = "LAB_STATE_MACHINE_ARN"
        static let resultsBucket = "LAB_RESULTS_BUCKET"
        static let experimentsTable = "LAB_EXPERIMENTS_TABLE"
        static let janitorFunction = "LAB_JANITOR_FUNCTION"
        static let region = "LAB_REGION"
    }

    static let defaultFile = "terraform/lab-config.json"

    static let howToConfigure = "run scripts/deploy (it writes \(defaultFile)), point LAB_CONFIG at that file, or set LAB_STATE_MACHINE_ARN, LAB_RESULTS_BUCKET and LAB_EXPERIMENTS_TABLE; for the emulated lab, use what scripts/local-lab serve prints"

    /// Loads `$LAB_CONFIG`, else `terraform/lab-config.json` in the working directory or the nearest parent
    /// that has one, then applies `LAB_*` variables; with no file, the variables alone must name the state
    /// machine, the bucket and the table.
    static func load(environment: [String: String], workingDirectory: String) throws(LabCLIError) -> LabConfiguration {
        var configuration: LabConfiguration?
        if let path = environment[Variable.configFile], !path.isEmpty {
            guard FileAccess.exists(path) else {
                throw LabCLIError(code: .configuration, message: "LAB_CONFIG names \(path), which does not exist; \(howToConfigure)")
            }
            configuration = try parse(FileAccess.read(path), source: path)
        } else if let path = findDefaultFile(from: workingDirectory) {
            configuration = try parse(FileAccess.read(path), source: path)
        }
        let overrides = [Variable.stateMachineArn, Variable.resultsBucket, Variable.experimentsTable, Variable.janitorFunction, Variable.region]
            .filter { !(environment[$0] ?? "").isEmpty }
        if configuration == nil {
            let required = [Variable.stateMachineArn, Variable.resultsBucket, Variable.experimentsTable]
            let missing = required.filter { (environment[$0] ?? "").isEmpty }
            guard missing.count < required.count else {
                throw LabCLIError(code: .configuration, message: "no lab configuration (no \(defaultFile) here or above, no LAB_CONFIG): \(howToConfigure)")
            }
            guard missing.isEmpty else {
                throw LabCLIError(code: .configuration, message: "the LAB_* variables lack \(missing.joined(separator: ", ")); \(howToConfigure)")
            }
            configuration = LabConfiguration(
                region: nil, stateMachineArn: environment[Variable.stateMachineArn]!, resultsBucket: environment[Variable.resultsBucket]!,
                experimentsTable: environment[Variable.experimentsTable]!, source: "LAB_* variables")
        }
        var result = configuration!
        if let value = environment[Variable.stateMachineArn], !value.isEmpty { result.stateMachineArn = value }
        if let value = environment[Variable.resultsBucket], !value.isEmpty { result.resultsBucket = value }
        if let value = environment[Variable.experimentsTable], !value.isEmpty { result.experimentsTable = value }
        if let value = environment[Variable.janitorFunction], !value.isEmpty { result.janitorFunctionName = value }
        if let value = environment[Variable.region], !value.isEmpty { result.region = value }
        if result.region == nil { result.region = regionOf(arn: result.stateMachineArn) }
        if !overrides.isEmpty && result.source != "LAB_* variables" { result.source += " with \(overrides.joined(separator: ", "))" }
        return result
    }

    /// Parses the `lab_config` document; a missing field is named with the file.
    static func parse(_ bytes: [UInt8], source: String) throws(LabCLIError) -> LabConfiguration {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                throw LabCLIError(code: .configuration, message: "\(source) is not a JSON object; regenerate it with scripts/deploy (terraform output -raw lab_config)")
            }
            object = parsed
        } catch let error as LabCLIError {
            throw error
        } catch {
            throw LabCLIError(code: .configuration, message: "\(source) is not valid JSON (\(error.localizedDescription)); regenerate it with scripts/deploy (terraform output -raw lab_config)")
        }
        func string(_ key: String) -> String? { (object[key] as? String).flatMap { $0.isEmpty ? nil : $0 } }
        let missing = ["stateMachineArn", "resultsBucket", "experimentsTable"].filter { string($0) == nil }
        guard missing.isEmpty else {
            throw LabCLIError(code: .configuration, message: "\(source) lacks \(missing.joined(separator: ", ")); regenerate it with scripts/deploy (terraform output -raw lab_config)")
        }
        return LabConfiguration(
            region: string("region"), stateMachineArn: string("stateMachineArn")!, resultsBucket: string("resultsBucket")!,
            experimentsTable: string("experimentsTable")!, janitorFunctionName: string("janitorFunctionName"),
            consoleUrl: string("consoleUrl"), logGroups: object["logGroups"] as? [String: String] ?? [:], source: source,
            network: LabNetwork(document: object["network"]), timeFactor: timeFactor(object["emulatedTimeFactor"]))
    }

    /// `emulatedTimeFactor` when it is a positive number, else 1 (real time).
    static func timeFactor(_ value: Any?) -> Double {
        guard let factor = (value as? NSNumber)?.doubleValue, factor > 0, factor.isFinite else { return 1 }
        return factor
    }

    /// `arn:aws:states:<region>:…` → the region.
    static func regionOf(arn: String) -> String? {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        return parts.count > 3 && !parts[3].isEmpty ? String(parts[3]) : nil
    }

    private static func findDefaultFile(from directory: String) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = current.appendingPathComponent(defaultFile).path
            if FileAccess.exists(candidate) { return candidate }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }
}
