import ArgumentParser
import AWSCore
import AWSServices

/// `lab cost ID`: the estimate recorded at validation next to what AWS Cost Explorer says the resources tagged
/// `ExperimentID=<id>` cost, once AWS has it (for the estimate alone, offline, use `lab plan`).
struct CostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cost", abstract: "An experiment's estimated cost next to its actual cost from Cost Explorer (needs the deployed lab).",
        discussion: """
            The estimate is the one recorded when the experiment was validated (on-demand EC2 and EBS prices, for the spec's \
            estimated duration), plus the same hourly price for the time the cluster actually ran. The actual cost is \
            Cost Explorer's UnblendedCost of the resources tagged ExperimentID=<id>, per day and service. Cost Explorer \
            lags up to 24 hours, and only counts the tag once it is activated as a cost allocation tag (Billing console, \
            or aws ce update-cost-allocation-tags-status); until then this says so. Each Cost Explorer request costs USD 0.01.
            """)

    @Argument(help: "The experiment id.")
    var id: String

    func run() throws {
        let session = try LabSession.fromProcess()
        let experiment = try session.recordedExperiment(id)
        let now = Timestamp.now()
        Console.output(CostReport.estimate(experiment, now: now))
        let window = CostReport.window(experiment, now: now)
        let request = GetCostAndUsageRequest(
            timePeriod: window, granularity: .daily, metrics: [CostReport.metric],
            filter: .tag(key: CostReport.tagKey, values: [experiment.id]), groupBy: [.dimension("SERVICE")])
        let periods = try session.call("reading \(experiment.id)'s cost from Cost Explorer (ce:GetCostAndUsage)") {
            do {
                return try session.costExplorer.getAllCostAndUsage(request)
            } catch let error as AWSError where error.code == "DataUnavailableException" {
                return [CostResultByTime]()
            }
        }
        let source = session.client.endpoints.configuredEndpoint(for: .costExplorer)
        Console.output(CostReport.actual(periods, experiment: experiment, window: window, endpoint: source.map { "\($0.url) (\($0.source))" }, now: now))
    }
}
