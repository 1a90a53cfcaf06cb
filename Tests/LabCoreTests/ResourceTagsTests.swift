import AWSCore
import Testing
@testable import LabCore

@Suite("Resource tags and TagSpecifications")
struct ResourceTagsTests {
    let id = try! ExperimentID("exp-20251126-142501-eepcka")
    let arn = "arn:aws:states:us-east-1:123456789012:execution:pulsar-aws-lab-experiment:exp-20251126-142501-eepcka"
    /// 2025-11-26T14:25:01Z.
    let start = Timestamp(seconds: 1_764_167_101)

    @Test("Our tags come first, in a fixed order, then the user's; ExpiresAt is start + TTL in RFC 3339 UTC")
    func tagsInOrder() throws {
        let spec = try SpecHelpers.spec(#"{"ttlHours": 8, "plan": "nightly", "tags": {"Team": "perf", "Cost Center": "42"}}"#)
        let tags = try ResourceTags(spec: spec, experimentID: id, component: .bookkeeper, startedAt: start, executionArn: arn)
        #expect(tags.tags.map(\.description) == [
            "Project=pulsar-aws-lab",
            "ExperimentID=exp-20251126-142501-eepcka",
            "Component=bookkeeper",
            "ManagedBy=pulsar-aws-lab",
            "ExpiresAt=2025-11-26T22:25:01Z",
            "ExecutionArn=\(arn)",
            "Plan=nightly",
            "Name=exp-20251126-142501-eepcka-bookkeeper",
            "Team=perf",
            "Cost Center=42",
        ])
        #expect(tags[TagKeys.expiresAt].map { try? Timestamp(iso8601: $0) } == Timestamp(seconds: 1_764_167_101 + 8 * 3600))
    }

    @Test("Resources of the whole cluster are tagged Component=cluster; no Plan tag without a plan")
    func clusterComponentTag() throws {
        let tags = try ResourceTags(spec: try SpecHelpers.spec("{}"), experimentID: id, component: nil, startedAt: start, executionArn: arn)
        #expect(tags[TagKeys.component] == "cluster")
        #expect(tags[TagKeys.plan] == nil)
        #expect(tags[TagKeys.name] == "exp-20251126-142501-eepcka-cluster")
    }

    @Test("TagSpecifications carry every tag for each resource type and render as EC2 Query parameters")
    func tagSpecificationsAndQueryParameters() throws {
        let tags = try ResourceTags(
            experimentID: id, component: .client, expiresAt: Timestamp(seconds: 0), executionArn: arn, plan: nil,
            userTags: [UserTag(key: "Team", value: "a: b")])
        let specifications = tags.tagSpecifications(for: [.instance, .volume])
        #expect(specifications.map(\.resourceType) == [.instance, .volume])
        #expect(specifications.allSatisfy { $0.tags == tags.tags })
        let parameters = specifications.ec2QueryParameters()
        #expect(parameters.count == 2 * (1 + 2 * tags.tags.count))
        #expect(parameters.prefix(3).map { "\($0.name)=\($0.value)" } == [
            "TagSpecification.1.ResourceType=instance",
            "TagSpecification.1.Tag.1.Key=Project",
            "TagSpecification.1.Tag.1.Value=pulsar-aws-lab",
        ])
        #expect(parameters.last.map { "\($0.name)=\($0.value)" } == "TagSpecification.2.Tag.8.Value=a: b")
        #expect(parameters.contains { $0.name == "TagSpecification.2.ResourceType" && $0.value == "volume" })
    }

    @Test("The most user tags a spec allows still fit AWS's 50 tags per resource")
    func maximumTagsFit() throws {
        let pairs = (1...TagRules.maxUserTags).map { "\"k\($0)\": \"v\"" }.joined(separator: ", ")
        let spec = try SpecHelpers.spec(#"{"plan": "p", "tags": {\#(pairs)}}"#)
        let tags = try ResourceTags(spec: spec, experimentID: id, component: .broker, startedAt: start, executionArn: arn)
        #expect(tags.tags.count == 50)
        let tooMany = (1...TagRules.maxUserTags + 1).map { "\"k\($0)\": \"v\"" }.joined(separator: ", ")
        #expect(SpecHelpers.problemPaths(#"{"tags": {\#(tooMany)}}"#) == ["tags"])
    }

    @Test("An execution ARN that is not one is refused (it is a stage's input, not the user's)")
    func executionArnIsChecked() {
        for bad in ["", "arn:aws:states:us-east-1:123:execution:sm:name", "arn:aws:lambda:us-east-1:123456789012:function:f",
                    "arn:aws:states:us-east-1:123456789012:execution:sm:na;me"] {
            #expect(throws: LabCoreError.self, "\(bad)") {
                try ResourceTags(experimentID: id, component: nil, expiresAt: start, executionArn: bad, plan: nil, userTags: [])
            }
        }
    }

    @Test("The experiment filter finds resources by the ExperimentID tag")
    func experimentFilter() {
        let filter = ResourceTags.experimentFilter(id)
        #expect(filter.name == "tag:ExperimentID" && filter.values == ["exp-20251126-142501-eepcka"])
    }
}
