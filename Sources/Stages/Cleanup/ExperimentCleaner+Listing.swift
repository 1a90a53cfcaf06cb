import AWSCore
import AWSServices
import LabCore

/// Finding the lab's resources by tag, one paginated listing per kind.
extension ExperimentCleaner {
    /// Every resource in `scope` that is not gone yet. A kind whose listing fails is recorded in
    /// `listingFailures` (logged when a cleanup run takes the inventory); the other kinds are still listed.
    ///
    /// - Parameter kinds: a subset of the cleaner's `kinds`; all of them when nil.
    public func discover(_ scope: CleanupScope, kinds: [CleanupResourceKind]? = nil) -> CleanupInventory {
        var inventory = CleanupInventory()
        for kind in (kinds ?? self.kinds) where self.kinds.contains(kind) {
            do {
                let (resources, pages) = try list(kind, in: scope)
                inventory.resources += resources.filter { !$0.isGone }
                inventory.pagesRead[kind, default: 0] += pages
            } catch {
                let outcome = CleanupOutcome(
                    kind: kind, id: "*", experimentID: "*", action: .find, result: .failed,
                    detail: "listing \(kind.rawValue)s failed, so none of them was cleaned; a later run lists again: \(error)",
                    errorCode: (error as? AWSError)?.code)
                inventory.listingFailures.append(outcome)
            }
        }
        inventory.resources.sort(by: CleanupInventory.cleaningOrder)
        return inventory
    }

    /// One kind, every page of every filter set; returns the resources in scope and the number of pages read.
    func list(_ kind: CleanupResourceKind, in scope: CleanupScope) throws -> ([LabResource], Int) {
        var found: [LabResource] = []
        var pages = 0
        for filters in scope.ec2FilterSets {
            switch kind {
            case .instance:
                let live = EC2Filter(name: "instance-state-name", values: ["pending", "running", "shutting-down", "stopping", "stopped"])
                var request = DescribeInstancesRequest(filters: filters + [live], maxResults: pageSize)
                try paginate(&request, pages: &pages) { page in
                    found += page.compactMap(LabResource.init(instance:))
                } next: { try ec2.describeInstances($0) }
            case .spotInstanceRequest:
                var request = DescribeSpotInstanceRequestsRequest(filters: filters, maxResults: pageSize)
                try paginate(&request, pages: &pages) { page in
                    found += page.compactMap(LabResource.init(spotRequest:))
                } next: { try ec2.describeSpotInstanceRequests($0) }
            case .volume:
                var request = DescribeVolumesRequest(filters: filters, maxResults: min(pageSize, 500))
                try paginate(&request, pages: &pages) { page in
                    found += page.compactMap(LabResource.init(volume:))
                } next: { try ec2.describeVolumes($0) }
            case .networkInterface:
                var request = DescribeNetworkInterfacesRequest(filters: filters, maxResults: pageSize)
                try paginate(&request, pages: &pages) { page in
                    found += page.compactMap(LabResource.init(networkInterface:))
                } next: { try ec2.describeNetworkInterfaces($0) }
            case .placementGroup:
                // Not paginated: DescribePlacementGroups answers every match at once.
                pages += 1
                found += try ec2.describePlacementGroups(DescribePlacementGroupsRequest(filters: filters))
                    .compactMap(LabResource.init(placementGroup:))
            case .securityGroup:
                var request = DescribeSecurityGroupsRequest(filters: filters, maxResults: pageSize)
                try paginate(&request, pages: &pages) { page in
                    found += page.compactMap(LabResource.init(securityGroup:))
                } next: { try ec2.client.call($0) }
            }
        }
        return (found.filter { scope.contains($0.tags) }, pages)
    }

    /// Follows `nextToken` page by page (counting pages), stopping if EC2 hands back the token it was sent.
    private func paginate<Request: PaginatedRequest>(
        _ request: inout Request, pages: inout Int, _ take: ([Request.Response.Item]) -> Void,
        next: (Request) throws -> Request.Response
    ) throws where Request.Response.PageToken == String {
        while true {
            let page = try next(request)
            pages += 1
            take(page.items)
            guard let token = page.nextPageToken, token != request.pageToken else { return }
            request.pageToken = token
        }
    }
}
