import AWSCore
import AWSServices
@testable import lab
import Testing

@Suite("lab cost: the estimate, Cost Explorer's figures, and what to do when it has none")
struct CostReportTests {
    let finished = StoredExperiment(record: StoredRecords.succeeded, id: "explore-one")
    let now = Timestamp(seconds: 1_795_856_400)  // 2026-11-28T09:00:00Z

    @Test("The estimate: per hour, for the planned duration, and for the time the cluster ran")
    func estimate() {
        let text = CostReport.estimate(finished, now: now)
        #expect(text.contains("estimate: USD 0.7074 per hour for the cluster's EC2 instances and EBS volumes (us-east-1 on-demand prices as of 2025-11)"), "\(text)")
        #expect(text.contains("  planned 38 min: USD 0.4480\n"), "\(text)")
        // 30 s at 0.7074 USD/h = 0.005895 USD.
        #expect(text.contains("  cluster up 30 s (launched 2026-11-27T01:26:42Z → 2026-11-27T01:27:12Z): USD 0.0059\n"), "\(text)")
    }

    @Test("The window: the creation day to the day after the finish, or after today while it runs")
    func window() {
        #expect(CostReport.window(finished, now: now) == CostDateInterval(start: "2026-11-27", end: "2026-11-28"))
        let running = StoredExperiment(record: StoredRecords.running, id: "half-way")
        #expect(CostReport.window(running, now: now) == CostDateInterval(start: "2026-11-27", end: "2026-11-29"))
        #expect(CostReport.nextDay("2026-12-31") == "2027-01-01")
        #expect(CostReport.nextDay("2028-02-28") == "2028-02-29")
    }

    @Test("Figures per day and service, summed from the groups, against both estimates")
    func actualFigures() {
        let periods = [
            CostResultByTime(
                timePeriod: CostDateInterval(start: "2026-11-27", end: "2026-11-28"), total: [:],
                groups: [
                    CostGroup(keys: ["EC2 - Other"], metrics: ["UnblendedCost": CostMetricValue(amount: "0.0010", unit: "USD")]),
                    CostGroup(keys: ["Amazon Elastic Compute Cloud - Compute"], metrics: ["UnblendedCost": CostMetricValue(amount: "0.0050", unit: "USD")]),
                    CostGroup(keys: ["Tax"], metrics: ["UnblendedCost": CostMetricValue(amount: "0", unit: "USD")]),
                ],
                estimated: true),
            CostResultByTime(timePeriod: CostDateInterval(start: "2026-11-28", end: "2026-11-29"), total: [:], groups: [], estimated: true),
        ]
        let window = CostDateInterval(start: "2026-11-27", end: "2026-11-29")
        let text = CostReport.actual(periods, experiment: finished, window: window, endpoint: nil, now: now)
        #expect(text.contains("  2026-11-27  USD 0.0060 (estimated by AWS: not final yet)\n    USD 0.0050  Amazon Elastic Compute Cloud - Compute\n    USD 0.0010  EC2 - Other\n"), "\(text)")
        #expect(!text.contains("Tax") && !text.contains("2026-11-28  "), "zero groups and empty days are left out: \(text)")
        #expect(text.contains("total USD 0.0060 (partly estimated); estimates: planned USD 0.4480 (actual -98.7 %), for the time the cluster ran USD 0.0059 (actual +1.8 %)"), "\(text)")
        #expect(!text.contains("NOT AWS"))
    }

    @Test("An ungrouped answer's Total counts; an emulated endpoint is labelled NOT AWS")
    func totalAndLabel() {
        let periods = [CostResultByTime(
            timePeriod: CostDateInterval(start: "2026-11-27", end: "2026-11-28"),
            total: ["UnblendedCost": CostMetricValue(amount: "1.25", unit: "USD")], groups: [], estimated: false)]
        let text = CostReport.actual(periods, experiment: finished, window: CostDateInterval(start: "2026-11-27", end: "2026-11-28"),
                                     endpoint: "http://127.0.0.1:4566 (AWS_ENDPOINT_URL)", now: now)
        #expect(text.contains("  NOT AWS: Cost Explorer here is http://127.0.0.1:4566 (AWS_ENDPOINT_URL)"), "\(text)")
        #expect(text.contains("  2026-11-27  USD 1.2500\n") && text.contains("total USD 1.2500;"), "\(text)")
    }

    @Test("Nothing for the tag: says both reasons, the 24 h lag and how to activate the tag")
    func noData() {
        let window = CostDateInterval(start: "2026-11-27", end: "2026-11-28")
        let empty = [CostResultByTime(timePeriod: window, total: [:], groups: [], estimated: true)]
        for periods in [[], empty] {
            let text = CostReport.actual(periods, experiment: finished, window: window, endpoint: nil, now: now)
            #expect(text.contains("none: Cost Explorer has no cost for resources tagged ExperimentID=explore-one from 2026-11-27 to 2026-11-28"), "\(text)")
            #expect(text.contains("lags up to 24 hours") && text.contains("it finished 2026-11-27T01:27:12Z"), "\(text)")
            #expect(text.contains("aws ce update-cost-allocation-tags-status --cost-allocation-tags-status TagKey=ExperimentID,Status=Active"), "\(text)")
            #expect(text.contains("counts only for costs from its activation on"), "\(text)")
        }
    }
}
