import AWSServices

/// An experiment as the lab knows it (`LabSession.findExperiment`): its record (validate-ami writes it) and its
/// execution; at least one of them exists.
struct FoundExperiment {
    var id: String
    /// The record's `executionArn`, else the execution named by the id.
    var executionArn: String
    var record: StoredExperiment?
    var execution: SFNExecution?
}
