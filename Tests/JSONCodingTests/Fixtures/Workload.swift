/// One benchmark workload of an `ExperimentSpec`.
struct Workload: Codable, Equatable {
    var name: String
    var topics: Int
    var messageSize: Int
    var rates: [Double]
    var partitionsPerTopic: UInt16?
}
