import JSONCoding
import Testing
@testable import LabCore

/// Shorthands for spec tests: validate JSON text, or collect the problems it has.
enum SpecHelpers {
    static func validate(_ json: String) throws(LabCoreError) -> SpecValidation {
        try ExperimentSpec.validate(json: Array(json.utf8))
    }

    static func spec(_ json: String) throws -> ExperimentSpec {
        try validate(json).spec
    }

    /// The problems of an invalid spec, as `path: message` lines; fails the test if the spec is valid.
    static func problems(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) -> [SpecProblem] {
        do {
            let result = try validate(json)
            Issue.record("expected problems, but the spec is valid: \(result.spec)", sourceLocation: sourceLocation)
            return []
        } catch {
            #expect(error.code == .invalidSpec, sourceLocation: sourceLocation)
            return error.problems
        }
    }

    /// The paths of the problems.
    static func problemPaths(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        problems(json, sourceLocation: sourceLocation).map(\.path)
    }
}
