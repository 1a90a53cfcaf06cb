import Testing
@testable import LabCore

@Suite("Cluster layout and cost estimate")
struct ClusterLayoutTests {
    let id = try! ExperimentID("exp-20251126-142501-eepcka")

    @Test("{} lays out 9 nodes in start order; only bookies get journal (/dev/sdf) and ledger (/dev/sdg) gp3 volumes")
    func devLayout() throws {
        let layout = ClusterLayout(spec: try SpecHelpers.spec("{}"), experimentID: id)
        #expect(layout.components.map(\.component) == [.zookeeper, .bookkeeper, .broker, .client])
        #expect(layout.components.map(\.count) == [3, 3, 2, 1])
        #expect(layout.instanceCount == 9)
        #expect(layout.placementGroup == nil && layout.availabilityZone == nil)
        let bookies = layout.layout(of: .bookkeeper)
        #expect(bookies.volumes.map(\.purpose) == [.root, .journal, .ledgers])
        #expect(bookies.volumes.map(\.deviceName) == [nil, "/dev/sdf", "/dev/sdg"])
        #expect(bookies.volumes.map(\.volume.sizeGiB) == [30, 20, 100])
        #expect(bookies.volumes.allSatisfy { $0.volumeType == "gp3" && $0.deleteOnTermination })
        #expect(!bookies.usesInstanceStore)
        for component in [ClusterComponent.zookeeper, .broker, .client] {
            #expect(layout.layout(of: component).volumes.map(\.purpose) == [.root])
        }
        #expect(bookies.clientToken.value == "exp-20251126-142501-eepcka-bookkeeper")
        #expect(layout.components.allSatisfy { !$0.spot })
    }

    @Test("perf lays out NVMe bookies (no data volumes) in a cluster placement group named after the experiment")
    func perfLayout() throws {
        let layout = ClusterLayout(spec: try SpecHelpers.spec(#"{"profile": "perf", "availabilityZone": "us-east-1b"}"#), experimentID: id)
        let bookies = layout.layout(of: .bookkeeper)
        #expect(bookies.usesInstanceStore && bookies.volumes.map(\.purpose) == [.root])
        #expect(layout.placementGroup?.name == "pulsar-aws-lab-exp-20251126-142501-eepcka")
        #expect(layout.placementGroup?.strategy == "cluster")
        #expect(layout.availabilityZone == "us-east-1b")
    }

    @Test("Spot applies to the components the spec names")
    func spotPerComponent() throws {
        let layout = ClusterLayout(spec: try SpecHelpers.spec(#"{"spot": {"client": true, "broker": true}}"#), experimentID: id)
        #expect(layout.components.filter(\.spot).map(\.component) == [.broker, .client])
    }

    @Test("Cost of {}: $0.7074/h, $0.448 for its estimated 38 minutes (figures from python3, us-east-1 prices)")
    func devCost() throws {
        let spec = try SpecHelpers.spec("{}")
        // 5 launch + 15 readiness budget + (1 warm-up + 5 test + 2 setup) + 10 wrap-up.
        #expect(spec.estimatedDurationMinutes == 38)
        let estimate = CostEstimate(spec: spec, experimentID: id)
        // python3: EC2 3*0.0208 + 3*0.096 + 2*0.096 + 0.096 = 0.6384;
        // EBS (9 roots * 30 GiB + 3 * (20 + 100) GiB) * 0.08 / 730 = 0.06904109589; total 0.70744109589/h;
        // 38 min → 0.44804602740.
        #expect(abs(estimate.hourlyUSD - 0.7074410958904109) < 1e-12, "\(estimate.hourlyUSD)")
        #expect(abs(estimate.totalUSD - 0.44804602739726024) < 1e-12, "\(estimate.totalUSD)")
        #expect(estimate.isComplete)
        #expect(estimate.priceSource == "us-east-1 on-demand prices as of 2025-11")
    }

    @Test("Cost of the perf profile: $6.6529/h (python3: 3*0.192 + 3*0.904 + 3*0.476 + 1.904 + 10*30*0.08/730)")
    func perfCost() throws {
        let estimate = CostEstimate(spec: try SpecHelpers.spec(#"{"profile": "perf"}"#), experimentID: id)
        #expect(abs(estimate.hourlyUSD - 6.6528767123287675) < 1e-12, "\(estimate.hourlyUSD)")
        #expect(estimate.durationMinutes == 43)
    }

    @Test("gp3 IOPS and throughput above the baseline are charged: 500 GiB, 6000 IOPS, 250 MiB/s → $60/month")
    func gp3ExtrasArePriced() {
        // (500*0.08 + 3000*0.005 + 125*0.04) / 730 = 60/730 (python3: 0.0821917808219178).
        let hourly = EBSPricing.hourlyUSD(of: VolumeSpec(sizeGiB: 500, iops: 6000, throughputMiBps: 250))
        #expect(abs(hourly - 0.0821917808219178) < 1e-15)
    }

    @Test("An instance type without a price is named, and its nodes are left out of the total")
    func unpricedInstanceType() throws {
        let spec = try SpecHelpers.spec(#"{"cluster": {"client": {"instanceType": "m7i-flex.large"}}}"#)
        let estimate = CostEstimate(spec: spec, experimentID: id)
        #expect(estimate.unpricedInstanceTypes == ["m7i-flex.large"] && !estimate.isComplete)
        #expect(abs(estimate.hourlyUSD - (0.7074410958904109 - 0.096)) < 1e-12)
    }

    @Test("Every instance type the profiles use has a price")
    func profilesArePriced() {
        for profile in Profile.allCases {
            let spec = ExperimentSpec.defaults(for: profile)
            for component in ClusterComponent.allCases {
                #expect(InstanceTypeCatalog.info(spec.cluster.nodes(of: component).instanceType) != nil, "\(profile) \(component)")
            }
        }
    }

    @Test("A backlog workload's estimate adds building, draining and OMB's extra wait")
    func backlogDuration() {
        // 1 GiB at 1000 msg/s of 1 KiB: 1048.576 s to build; ×2 (drain) = 2097.152 s; + (1 + 5 + 2 + 5) min.
        let workload = Workload(name: "b", messageSize: 1024, producerRate: 1000, consumerBacklogSizeGB: 1)
        #expect(workload.estimatedMinutes == Int(((2 * 1048.576 + 13 * 60) / 60).rounded(.up)))
        #expect(workload.benchmarkTimeoutMinutes == workload.estimatedMinutes + max(10, workload.estimatedMinutes / 4))
    }

    @Test("Workload storage keys are slugs with their position")
    func storageKeys() {
        #expect(Workload(name: "1 topic / 1 partition / 1Kb").storageKey(index: 0) == "w01-1-topic-1-partition-1kb")
        #expect(Workload(name: "--").storageKey(index: 11) == "w12")
        #expect(Workload(name: String(repeating: "ab-", count: 30)).storageKey(index: 2).count <= 44)
    }
}
