import AWSServices

extension LabSession {
    /// Cost Explorer, signed with the caller's credentials; its one endpoint is us-east-1's whatever the lab's
    /// region (`AWSService.costExplorer` is global).
    var costExplorer: CostExplorerClient { CostExplorerClient(client: client) }
}
