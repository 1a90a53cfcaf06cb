import AWSCore

/// `RunInstances`: launches `minCount`…`maxCount` instances of one component, tagged at creation.
///
/// `clientToken` is required here (botocore would make one up): the lab derives it from the experiment
/// and the component, so a Step Functions retry of apply-infra — or our own retry after a lost response —
/// returns the instances of the first launch instead of launching a second cluster. Because of it the
/// call is retried like an idempotent one.
///
/// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html
/// and https://docs.aws.amazon.com/ec2/latest/devguide/ec2-api-idempotency.html
public struct RunInstancesRequest: AWSServiceRequest {
    public var imageID: String
    public var instanceType: String
    public var minCount: Int
    public var maxCount: Int
    public var clientToken: String
    public var subnetID: String?
    public var securityGroupIDs: [String]
    public var iamInstanceProfile: EC2IAMInstanceProfile?
    /// The user data script as text; sent Base64-encoded, as EC2 requires (botocore encodes it the same way).
    public var userData: String?
    public var blockDeviceMappings: [EC2BlockDeviceMapping]
    public var placement: EC2Placement?
    /// Launch as spot instances when set.
    public var spotOptions: EC2SpotOptions?
    public var tagSpecifications: [EC2TagSpecification]
    public var metadataOptions: EC2MetadataOptions?

    public init(
        imageID: String, instanceType: String, minCount: Int, maxCount: Int, clientToken: String,
        subnetID: String? = nil, securityGroupIDs: [String] = [], iamInstanceProfile: EC2IAMInstanceProfile? = nil,
        userData: String? = nil, blockDeviceMappings: [EC2BlockDeviceMapping] = [], placement: EC2Placement? = nil,
        spotOptions: EC2SpotOptions? = nil, tagSpecifications: [EC2TagSpecification] = [],
        metadataOptions: EC2MetadataOptions? = nil
    ) {
        self.imageID = imageID
        self.instanceType = instanceType
        self.minCount = minCount
        self.maxCount = maxCount
        self.clientToken = clientToken
        self.subnetID = subnetID
        self.securityGroupIDs = securityGroupIDs
        self.iamInstanceProfile = iamInstanceProfile
        self.userData = userData
        self.blockDeviceMappings = blockDeviceMappings
        self.placement = placement
        self.spotOptions = spotOptions
        self.tagSpecifications = tagSpecifications
        self.metadataOptions = metadataOptions
    }

    /// Members in the service model's order, which is also the order of botocore's request body.
    public var operation: AWSOperation {
        var parameters = QueryParameters.ec2("RunInstances")
        parameters.addList("BlockDeviceMapping", blockDeviceMappings) { entry, mapping in
            if let ebs = mapping.ebs {
                entry.addStructure("Ebs") { volume in
                    volume.set("DeleteOnTermination", ifPresent: ebs.deleteOnTermination)
                    volume.set("Iops", ifPresent: ebs.iops)
                    volume.set("VolumeSize", ifPresent: ebs.volumeSize)
                    volume.set("VolumeType", ifPresent: ebs.volumeType)
                    volume.set("Throughput", ifPresent: ebs.throughput)
                    volume.set("Encrypted", ifPresent: ebs.encrypted)
                }
            }
            entry.set("DeviceName", mapping.deviceName)
        }
        parameters.set("ImageId", imageID)
        parameters.set("InstanceType", instanceType)
        parameters.set("MaxCount", maxCount)
        parameters.set("MinCount", minCount)
        if let placement {
            parameters.addStructure("Placement") { entry in
                entry.set("GroupName", ifPresent: placement.groupName)
                entry.set("AvailabilityZone", ifPresent: placement.availabilityZone)
            }
        }
        parameters.addList("SecurityGroupId", securityGroupIDs)
        parameters.set("SubnetId", ifPresent: subnetID)
        parameters.set("UserData", ifPresent: userData.map { Base64.encode($0) })
        parameters.addTagSpecifications(tagSpecifications)
        if let spotOptions {
            parameters.addStructure("InstanceMarketOptions") { market in
                market.set("MarketType", "spot")
                market.addStructure("SpotOptions") { spot in
                    spot.set("MaxPrice", ifPresent: spotOptions.maxPrice)
                    spot.set("SpotInstanceType", spotOptions.spotInstanceType)
                    spot.set("InstanceInterruptionBehavior", spotOptions.instanceInterruptionBehavior)
                }
            }
        }
        if let metadataOptions {
            parameters.addStructure("MetadataOptions") { $0.set("HttpTokens", metadataOptions.httpTokens) }
        }
        parameters.set("ClientToken", clientToken)
        if let iamInstanceProfile {
            parameters.addStructure("IamInstanceProfile") { profile in
                switch iamInstanceProfile {
                case .arn(let arn): profile.set("Arn", arn)
                case .name(let name): profile.set("Name", name)
                }
            }
        }
        return .query(.ec2, parameters, idempotency: .idempotencyToken)
    }

    public func decode(_ response: HTTPResponse) throws -> EC2Reservation {
        try EC2Reservation(xml: try XMLFields(body: response.body))
    }
}
