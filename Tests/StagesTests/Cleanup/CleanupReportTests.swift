import AWSCore
import JSONCoding
import Testing

@testable import Stages

@Suite struct CleanupReportTests {
    private func outcome(_ kind: CleanupResourceKind, _ id: String, _ result: CleanupResult, experiment: String = "exp-1") -> CleanupOutcome {
        CleanupOutcome(kind: kind, id: id, experimentID: experiment, action: kind == .instance ? .terminate : .delete, result: result)
    }

    @Test func completeOnlyWhenARealRunLeftNothing() {
        #expect(CleanupReport(dryRun: false, experimentIDs: ["exp-1"], outcomes: [outcome(.instance, "i-1", .deleted)]).isComplete)
        #expect(!CleanupReport(dryRun: false, experimentIDs: ["exp-1"], outcomes: [outcome(.instance, "i-1", .pending)]).isComplete)
        #expect(!CleanupReport(dryRun: true, experimentIDs: ["exp-1"], outcomes: []).isComplete)
    }

    @Test func remainingSummaryNamesWhatIsLeft() {
        var failed = outcome(.volume, "vol-2", .failed)
        failed.errorCode = "UnauthorizedOperation"
        let report = CleanupReport(dryRun: false, experimentIDs: ["exp-1"], outcomes: [outcome(.instance, "i-1", .pending), failed])
        #expect(report.remainingSummary == "1 pending: instance i-1, 1 failed: volume vol-2: UnauthorizedOperation")
    }

    @Test func outcomeJSONCarriesTheLogFields() {
        let json = CleanupOutcome(kind: .volume, id: "vol-1", experimentID: "exp-1", action: .delete, result: .deleted).json
        #expect(json.keys == ["kind", "id", "experimentId", "action", "result"])
        #expect(json["kind"] == "volume")
    }

    @Test func recheckReplacesPendingAndCountsTheVanishedAsGone() {
        let first = CleanupReport(dryRun: false, experimentIDs: ["exp-1", "exp-2"], outcomes: [
            outcome(.instance, "i-1", .pending), outcome(.placementGroup, "pg-1", .pending), outcome(.volume, "vol-1", .deleted),
            outcome(.instance, "i-9", .pending, experiment: "exp-2"),
        ])
        // The re-check covers exp-1 only: i-1 has terminated (no longer listed), the group could now be deleted.
        let recheck = CleanupReport(dryRun: false, experimentIDs: ["exp-1"], outcomes: [outcome(.placementGroup, "pg-1", .deleted)])
        let merged = first.merging(recheck: recheck)
        #expect(merged.outcomes.map(\.id) == ["i-1", "pg-1", "vol-1", "i-9"])
        #expect(merged.outcomes.map(\.result) == [.deleted, .deleted, .deleted, .pending])
        #expect(merged.outcomes[0].detail?.hasPrefix("gone when re-checked") == true)
    }

    @Test func recheckWhoseListingFailedKeepsTheOldOutcome() {
        let first = CleanupReport(dryRun: false, experimentIDs: ["exp-1"], outcomes: [outcome(.instance, "i-1", .pending)])
        let listingFailed = CleanupOutcome(kind: .instance, id: "*", experimentID: "*", action: .find, result: .failed)
        let merged = first.merging(recheck: CleanupReport(dryRun: false, experimentIDs: ["exp-1"], outcomes: [listingFailed]))
        #expect(merged.outcomes.first?.result == .pending)
        #expect(!merged.isComplete)
    }

    @Test func securityGroupRequestsAreTheEC2QueryShapes() throws {
        let describe = DescribeSecurityGroupsRequest(filters: [.tag("Project", "pulsar-aws-lab")], maxResults: 200, pageToken: "t1")
        #expect(String(decoding: describe.operation.body, as: UTF8.self)
            == "Action=DescribeSecurityGroups&Version=2016-11-15&Filter.1.Name=tag%3AProject&Filter.1.Value.1=pulsar-aws-lab&NextToken=t1&MaxResults=200")
        #expect(String(decoding: DeleteSecurityGroupRequest(groupID: "sg-1").operation.body, as: UTF8.self)
            == "Action=DeleteSecurityGroup&Version=2016-11-15&GroupId=sg-1")
        let xml = """
            <DescribeSecurityGroupsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId>
            <securityGroupInfo><item><ownerId>123456789012</ownerId><groupId>sg-1</groupId><groupName>exp-1-nodes</groupName>
            <tagSet><item><key>Project</key><value>pulsar-aws-lab</value></item><item><key>ExperimentID</key><value>exp-1</value></item></tagSet>
            </item></securityGroupInfo><nextToken>t2</nextToken></DescribeSecurityGroupsResponse>
            """
        let page = try describe.decode(HTTPResponse(status: 200, headers: HTTPHeaders(), body: Array(xml.utf8)))
        #expect(page.items == [EC2SecurityGroup(groupID: "sg-1", groupName: "exp-1-nodes", tags: ["Project": "pulsar-aws-lab", "ExperimentID": "exp-1"])])
        #expect(page.nextPageToken == "t2")
    }
}
