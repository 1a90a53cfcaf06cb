import Testing

@testable import Stages

@Suite struct CleanupDecisionTests {
    private func resource(_ kind: CleanupResourceKind, _ id: String, state: String, attachedTo: [String] = []) -> LabResource {
        LabResource(
            kind: kind, id: id, experimentID: "exp-1", state: state,
            tags: ["Project": "pulsar-aws-lab", "ExperimentID": "exp-1"], instanceIDs: attachedTo)
    }

    private func decide(_ resource: LabResource, live: Set<String> = [], terminating: Set<String> = [], busy: Set<String> = []) -> CleanupDecision {
        CleanupDecision.decide(resource, liveInstances: live, terminating: terminating, busyInterfaces: busy)
    }

    @Test func kindsAreCleanedInTheDocumentedOrder() {
        #expect(CleanupResourceKind.allCases.sorted() == [
            .spotInstanceRequest, .instance, .volume, .networkInterface, .placementGroup, .securityGroup,
        ])
    }

    @Test func availableVolumesAndInterfacesAreDeleted() {
        #expect(decide(resource(.volume, "vol-1", state: "available")) == .act(.delete, note: nil))
        #expect(decide(resource(.networkInterface, "eni-1", state: "available")) == .act(.delete, note: nil))
    }

    @Test func attachedVolumeWaitsInARealRunButIsListedInADryRunWhenItsInstanceGoes() {
        let volume = resource(.volume, "vol-1", state: "in-use", attachedTo: ["i-1"])
        guard case .wait(let reason) = decide(volume) else {
            Issue.record("an attached volume was not left pending in a real run")
            return
        }
        #expect(reason.contains("attached to i-1"))
        guard case .act(.delete, let note) = decide(volume, terminating: ["i-1"]) else {
            Issue.record("a dry run did not list the volume of an instance it terminates")
            return
        }
        #expect(note == "once i-1 has terminated")
    }

    @Test func volumeAttachedToAnInstanceNotBeingTerminatedWaits() {
        let volume = resource(.volume, "vol-1", state: "in-use", attachedTo: ["i-1", "i-other"])
        if case .act = decide(volume, terminating: ["i-1"]) {
            Issue.record("a volume still attached to an instance this run does not terminate was listed for deletion")
        }
    }

    @Test func placementGroupWaitsForEveryInstance() {
        let group = resource(.placementGroup, "pulsar-aws-lab-exp-1", state: "available")
        guard case .wait(let reason) = decide(group, live: ["i-1", "i-2"]) else {
            Issue.record("the placement group was deleted while instances remain")
            return
        }
        #expect(reason.contains("2 instances"))
        #expect(decide(group) == .act(.delete, note: nil))
    }

    @Test func securityGroupWaitsForInstancesAndAttachedInterfaces() {
        let group = resource(.securityGroup, "sg-1", state: "")
        if case .act = decide(group, busy: ["eni-1"]) { Issue.record("deleted while an interface uses it") }
        if case .act = decide(group, live: ["i-1"]) { Issue.record("deleted while an instance uses it") }
        #expect(decide(group) == .act(.delete, note: nil))
    }

    @Test func everyInstanceNotTerminatedIsTerminated() {
        for state in ["pending", "running", "stopping", "stopped"] {
            #expect(decide(resource(.instance, "i-1", state: state)) == .act(.terminate, note: nil), "\(state)")
        }
        #expect(decide(resource(.instance, "i-1", state: "shutting-down")) == .act(.terminate, note: "already shutting-down"))
    }

    @Test func goneResourcesAreRecognised() {
        #expect(resource(.instance, "i-1", state: "terminated").isGone)
        #expect(resource(.spotInstanceRequest, "sir-1", state: "cancelled").isGone)
        #expect(resource(.volume, "vol-1", state: "deleting").isGone)
        #expect(!resource(.spotInstanceRequest, "sir-1", state: "active").isGone)
        #expect(!resource(.volume, "vol-1", state: "in-use").isGone)
    }

    @Test func errorCodesForGoneAndBusyAreNotFailures() {
        #expect(CleanupErrorCodes.result(forCode: "InvalidVolume.NotFound") == .deleted)
        #expect(CleanupErrorCodes.result(forCode: "InvalidPlacementGroup.InUse") == .pending)
        #expect(CleanupErrorCodes.result(forCode: "DependencyViolation") == .pending)
        #expect(CleanupErrorCodes.result(forCode: "UnauthorizedOperation") == .failed)
        #expect(CleanupErrorCodes.result(forCode: nil) == .failed)
    }
}
