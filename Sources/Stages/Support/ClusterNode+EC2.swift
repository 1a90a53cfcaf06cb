import AWSCore
import AWSServices
import LabCore

extension ClusterNode {
    /// The cluster's nodes from EC2's instances (tagged `Component`), indexed per component the way
    /// node-bootstrap indexes them on the node: by launch time, then instance id. Instances without a known
    /// `Component` tag are left out; the result is in start order, then by index.
    static func nodes(from instances: [EC2Instance]) -> [ClusterNode] {
        var nodes: [ClusterNode] = []
        for component in ClusterComponent.allCases {
            let members = instances
                .filter { $0.tags[TagKeys.component] == component.rawValue }
                .sorted { ($0.launchTime ?? Timestamp(seconds: 0), $0.instanceID) < ($1.launchTime ?? Timestamp(seconds: 0), $1.instanceID) }
            for (index, instance) in members.enumerated() {
                nodes.append(ClusterNode(
                    name: "\(component.rawValue)-\(index)", component: component.rawValue, index: index,
                    instanceId: instance.instanceID, instanceType: instance.instanceType,
                    privateIpAddress: instance.privateIPAddress, state: instance.state.name,
                    availabilityZone: instance.availabilityZone, spot: instance.instanceLifecycle == "spot",
                    launchedAt: instance.launchTime?.iso8601String()))
            }
        }
        return nodes
    }
}
