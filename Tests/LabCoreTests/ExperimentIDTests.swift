import AWSCore
import Testing
@testable import LabCore

@Suite("Experiment id and ClientToken")
struct ExperimentIDTests {
    /// 2025-11-26T14:25:01Z (python3: calendar.timegm(datetime(2025,11,26,14,25,1).timetuple())).
    let start = Timestamp(seconds: 1_764_167_101)

    @Test("A valid execution name is the experiment id, so one name can only ever mean one experiment")
    func validExecutionNameIsTheID() {
        for name in ["7c1e4c6a-0b6f-4f1e-9d0c-1a2b3c4d5e6f", "nightly-2025-11-26", "abc", String(repeating: "a", count: 40)] {
            let id = ExperimentID.forExecution(named: name, startedAt: start, entropy: [1, 2, 3, 4])
            #expect(id.value == name)
        }
    }

    @Test("Names outside the rule (upper case, underscore, too short or long, edge hyphens) get a generated id")
    func invalidExecutionNameGetsAGeneratedID() {
        for name in ["Run-1", "run_1", "ab", String(repeating: "a", count: 41), "-run", "run-", "run 1", "run.1", ""] {
            #expect(!ExperimentID.isValid(name), "\(name)")
            let id = ExperimentID.forExecution(named: name, startedAt: start, entropy: [1, 2, 3, 4])
            #expect(id.value == "exp-20251126-142501-eepcka", "\(name)")
        }
    }

    @Test("A generated id is exp-<date>-<time>-<6 base-36 characters of the entropy> and follows the rule")
    func generatedIDShape() {
        // Entropy 0x01020304 in base 36, least significant digit first, alphabet a–z then 0–9 (python3).
        #expect(ExperimentID.generated(at: start, entropy: [1, 2, 3, 4]).value == "exp-20251126-142501-eepcka")
        // Only the first 8 bytes count: 0xdeadbeef01020304 (python3) → ms1l96.
        let id = ExperimentID.generated(at: start, entropy: [0xDE, 0xAD, 0xBE, 0xEF, 1, 2, 3, 4, 99, 99])
        #expect(id.value == "exp-20251126-142501-ms1l96")
        #expect(ExperimentID.isValid(id.value) && id.value.count == 26)
    }

    @Test("The same inputs always generate the same id (a retried stage agrees with the first attempt)")
    func generationIsDeterministic() {
        let entropy: [UInt8] = [9, 8, 7, 6, 5]
        #expect(ExperimentID.generated(at: start, entropy: entropy) == ExperimentID.generated(at: start, entropy: entropy))
        #expect(ExperimentID.generated(at: start, entropy: entropy) != ExperimentID.generated(at: start, entropy: [9, 8, 7, 7, 5]))
    }

    @Test("An id handed between stages is checked")
    func parsingChecksTheRule() throws {
        #expect(try ExperimentID("exp-20251126-142501-eepcka").value == "exp-20251126-142501-eepcka")
        #expect(throws: LabCoreError.self) { try ExperimentID("Exp;rm -rf") }
        do {
            _ = try ExperimentID("UPPER")
        } catch {
            #expect(error.code == .invalidInput)
            #expect(error.message.contains("\"UPPER\""))
        }
    }

    @Test("ClientToken is <id>-<component>, stable, ASCII and within EC2's 64 characters even for the longest id")
    func clientToken() throws {
        let id = try ExperimentID("exp-20251126-142501-eepcka")
        #expect(ClientToken(experimentID: id, component: .bookkeeper).value == "exp-20251126-142501-eepcka-bookkeeper")
        #expect(ClientToken(experimentID: id, component: .broker) == ClientToken(experimentID: id, component: .broker))
        let longest = try ExperimentID(String(repeating: "z", count: 40))
        for component in ClusterComponent.allCases {
            let token = ClientToken(experimentID: longest, component: component).value
            #expect(token.utf8.count <= ClientToken.maxLength, "\(token)")
        }
        let tokens = Set(ClusterComponent.allCases.map { ClientToken(experimentID: id, component: $0) })
        #expect(tokens.count == 4, "each component launches with its own token")
    }
}
