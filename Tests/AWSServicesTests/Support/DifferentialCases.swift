import AWSCore
import AWSServices

/// The same calls as `scripts/botocore-goldens.py`, built with our clients. A case here and a golden file
/// there share a name; `BotocoreDifferentialTests` checks that neither side has a case the other lacks.
enum DifferentialCases {
    static let account = "123456789012"
    static let region = "eu-west-1"
    static let subnet = "subnet-0a1b2c3d4e5f67890"
    static let stateMachine = "arn:aws:states:\(region):\(account):stateMachine:pulsar-aws-lab-experiment"
    static let execution = "arn:aws:states:\(region):\(account):execution:pulsar-aws-lab-experiment:nightly-2026-11-26"
    static let tags = [
        EC2Tag(key: "Project", value: "pulsar-aws-lab"), EC2Tag(key: "ExperimentID", value: "nightly-2026-11-26"),
        EC2Tag(key: "Component", value: "bookkeeper"), EC2Tag(key: "ExpiresAt", value: "2026-11-26T08:00:04Z"),
    ]
    static let userData = "#!/bin/bash\nset -euo pipefail\necho 'bookie 1 of 3' > /etc/pulsar-lab/role\n"
    static let experimentFilters = [
        EC2Filter.tag("ExperimentID", "nightly-2026-11-26"), EC2Filter(name: "instance-state-name", values: ["pending", "running"]),
    ]

    /// Presigned GET URLs: bucket, key, validity.
    static let presigned: [String: (bucket: String, key: String, expiresIn: Int)] = [
        "s3-presigned-get": ("pulsar-lab-results", "experiments/nightly-2026-11-26/report/index a+b.html", 3600),
        "s3-presigned-get-path-style": ("pulsar.lab.results", "experiments/x/report/index.html", 604_800),
    ]

    /// Every other case: the typed request whose `operation` is compared.
    static let requests: [String: any AWSServiceRequest] = [
        // EC2
        "ec2-describe-images": DescribeImagesRequest(
            owners: ["self"],
            filters: [
                EC2Filter(name: "name", values: ["pulsar-base-*"]), EC2Filter(name: "state", values: ["available"]),
                .tag("PulsarVersion", "4.0.1"),
            ],
            maxResults: 100, pageToken: "page-2"),
        "ec2-describe-images-by-id": DescribeImagesRequest(imageIDs: ["ami-0123456789abcdef0", "ami-12345678"]),
        "ec2-deregister-image": DeregisterImageRequest(imageID: "ami-0123456789abcdef0"),
        "ec2-describe-snapshots": DescribeSnapshotsRequest(
            ownerIDs: ["self"], filters: [EC2Filter(name: "description", values: ["*ami-0123456789abcdef0*"])], maxResults: 5,
            pageToken: "page-2"),
        "ec2-describe-snapshots-by-id": DescribeSnapshotsRequest(snapshotIDs: ["snap-0123456789abcdef0"]),
        "ec2-delete-snapshot": DeleteSnapshotRequest(snapshotID: "snap-0123456789abcdef0"),
        "ec2-copy-image": CopyImageRequest(
            sourceImageID: "ami-0123456789abcdef0", sourceRegion: "us-east-1", name: "pulsar-base-4.0.4-20261126235128",
            description: "Pulsar AWS Lab node, copy of ami-0123456789abcdef0", copyImageTags: true, clientToken: "ami-copy-0123456789abcdef0-to-eu-west-1"),
        "ec2-create-tags": CreateTagsRequest(
            resourceIDs: ["ami-0fedcba9876543210"],
            tags: [
                EC2Tag(key: "Project", value: "pulsar-aws-lab"), EC2Tag(key: "PulsarVersion", value: "4.0.4"),
                EC2Tag(key: "CopiedFrom", value: "us-east-1:ami-0123456789abcdef0"),
            ]),
        "ec2-run-instances": RunInstancesRequest(
            imageID: "ami-0123456789abcdef0", instanceType: "i4i.xlarge", minCount: 3, maxCount: 3,
            clientToken: "nightly-2026-11-26-bookkeeper-7f3a9c", subnetID: subnet,
            securityGroupIDs: ["sg-0123456789abcdef0", "sg-0fedcba9876543210"],
            iamInstanceProfile: .arn("arn:aws:iam::\(account):instance-profile/pulsar-lab-node"), userData: userData,
            blockDeviceMappings: [
                EC2BlockDeviceMapping(
                    deviceName: "/dev/sdf",
                    ebs: EC2EBSVolume(volumeSize: 100, volumeType: "gp3", iops: 6000, throughput: 500, deleteOnTermination: true, encrypted: true)),
                EC2BlockDeviceMapping(deviceName: "/dev/sdg", ebs: EC2EBSVolume(volumeSize: 500, volumeType: "st1", deleteOnTermination: true)),
            ],
            placement: EC2Placement(availabilityZone: "eu-west-1a", groupName: "pulsar-lab-nightly-2026-11-26"),
            spotOptions: EC2SpotOptions(),
            tagSpecifications: [EC2ResourceType.instance, .volume, .networkInterface, .spotInstancesRequest].map {
                EC2TagSpecification(resourceType: $0, tags: tags)
            },
            metadataOptions: .requireTokens),
        "ec2-run-instances-minimal": RunInstancesRequest(
            imageID: "ami-0123456789abcdef0", instanceType: "m6i.large", minCount: 1, maxCount: 1,
            clientToken: "nightly-2026-11-26-client-1b2c", iamInstanceProfile: .name("pulsar-lab-node")),
        "ec2-describe-instances": DescribeInstancesRequest(filters: experimentFilters, maxResults: 5, pageToken: "page-2"),
        "ec2-describe-instances-by-id": DescribeInstancesRequest(instanceIDs: ["i-0123456789abcdef0", "i-0fedcba9876543210"]),
        "ec2-terminate-instances": TerminateInstancesRequest(instanceIDs: ["i-0123456789abcdef0", "i-0fedcba9876543210"]),
        "ec2-create-placement-group": CreatePlacementGroupRequest(
            groupName: "pulsar-lab-nightly-2026-11-26", strategy: "cluster",
            tagSpecifications: [EC2TagSpecification(resourceType: .placementGroup, tags: tags)]),
        "ec2-describe-placement-groups": DescribePlacementGroupsRequest(
            groupNames: ["pulsar-lab-nightly-2026-11-26"], filters: [.tag("Project", "pulsar-aws-lab")]),
        "ec2-delete-placement-group": DeletePlacementGroupRequest(groupName: "pulsar-lab-nightly-2026-11-26"),
        "ec2-describe-volumes": DescribeVolumesRequest(
            filters: [.tag("ExperimentID", "nightly-2026-11-26"), EC2Filter(name: "status", values: ["available"])],
            maxResults: 50, pageToken: "page-2"),
        "ec2-delete-volume": DeleteVolumeRequest(volumeID: "vol-0123456789abcdef0"),
        "ec2-describe-network-interfaces": DescribeNetworkInterfacesRequest(
            networkInterfaceIDs: ["eni-0123456789abcdef0"], filters: [EC2Filter(name: "status", values: ["available"])],
            maxResults: 5, pageToken: "page-2"),
        "ec2-delete-network-interface": DeleteNetworkInterfaceRequest(networkInterfaceID: "eni-0123456789abcdef0"),
        "ec2-describe-spot-instance-requests": DescribeSpotInstanceRequestsRequest(
            filters: [.tag("ExperimentID", "nightly-2026-11-26"), EC2Filter(name: "state", values: ["open", "active"])],
            maxResults: 5, pageToken: "page-2"),
        "ec2-describe-spot-instance-requests-by-id": DescribeSpotInstanceRequestsRequest(spotInstanceRequestIDs: ["sir-0123abcd", "sir-4567efgh"]),
        "ec2-cancel-spot-instance-requests": CancelSpotInstanceRequestsRequest(spotInstanceRequestIDs: ["sir-0123abcd", "sir-4567efgh"]),
        // SSM
        "ssm-send-command": SendCommandRequest(
            instanceIDs: ["i-0123456789abcdef0", "i-0fedcba9876543210"],
            commands: ["set -e", "/opt/pulsar-lab/bin/run-benchmark --workload 0 \"1 topic\""], executionTimeoutSeconds: 3600,
            deliveryTimeoutSeconds: 600, comment: "pulsar-aws-lab nightly-2026-11-26 benchmark 0",
            outputS3BucketName: "pulsar-lab-results", outputS3KeyPrefix: "experiments/nightly-2026-11-26/ssm/"),
        "ssm-send-command-minimal": SendCommandRequest(instanceIDs: ["i-0123456789abcdef0"], commands: ["systemctl is-active pulsar-broker"]),
        "ssm-get-command-invocation": GetCommandInvocationRequest(
            commandID: "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", instanceID: "i-0123456789abcdef0"),
        "ssm-list-command-invocations": ListCommandInvocationsRequest(
            commandID: "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", instanceID: "i-0123456789abcdef0", details: true, maxResults: 10,
            pageToken: "page-2"),
        "ssm-describe-instance-information": DescribeInstanceInformationRequest(
            filters: [
                SSMInstanceFilter(key: "InstanceIds", values: ["i-0123456789abcdef0", "i-0fedcba9876543210"]),
                SSMInstanceFilter(key: "tag:ExperimentID", values: ["nightly-2026-11-26"]),
            ],
            maxResults: 50, pageToken: "page-2"),
        // S3
        "s3-put-object": PutObjectRequest(
            bucket: "pulsar-lab-results", key: "experiments/nightly-2026-11-26/report/a b+c é.html",
            body: Array("<html>report</html>\n".utf8), contentType: "text/html; charset=utf-8"),
        "s3-get-object": GetObjectRequest(bucket: "pulsar-lab-results", key: "experiments/nightly-2026-11-26/spec.json"),
        "s3-head-object": HeadObjectRequest(bucket: "pulsar-lab-results", key: "experiments/nightly-2026-11-26/workloads/0-1-topic/result.json"),
        "s3-list-objects-v2": ListObjectsV2Request(
            bucket: "pulsar-lab-results", prefix: "experiments/nightly 2026/", delimiter: "/", maxKeys: 2,
            pageToken: "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="),
        "s3-delete-object": DeleteObjectRequest(bucket: "pulsar-lab-results", key: "janitor/2026-11-26T02:00:00Z.json"),
        // DynamoDB
        "dynamodb-put-item": PutItemRequest(
            tableName: "pulsar-lab-experiments",
            item: [
                "experimentId": "nightly-2026-11-26", "attempt": 1, "dryRun": false,
                "stages": ["validate": ["status": "done", "at": "2026-11-26T02:00:04Z"]],
                "workloads": ["1-topic", 16], "note": .null, "components": .stringSet(["bookkeeper", "broker", "zookeeper"]),
            ],
            conditionExpression: "attribute_not_exists(#id) OR #arn = :arn",
            expressionAttributeNames: ["#arn": "executionArn", "#id": "experimentId"],
            expressionAttributeValues: [":arn": .string(execution)]),
        "dynamodb-update-item": UpdateItemRequest(
            tableName: "pulsar-lab-experiments", key: ["experimentId": "nightly-2026-11-26"],
            updateExpression: "SET #stages.#stage = :stage, #status = :status",
            conditionExpression: "attribute_exists(experimentId)",
            expressionAttributeNames: ["#stage": "apply-infra", "#stages": "stages", "#status": "status"],
            expressionAttributeValues: [":stage": ["at": "2026-11-26T02:03:00Z", "status": "done"], ":status": "RUNNING"],
            returnValues: "ALL_NEW", idempotency: .idempotent),
        "dynamodb-get-item": GetItemRequest(tableName: "pulsar-lab-experiments", key: ["experimentId": "nightly-2026-11-26"], consistentRead: true),
        "dynamodb-query": QueryRequest(
            tableName: "pulsar-lab-experiments", indexName: "plan-createdAt", keyConditionExpression: "#plan = :plan AND createdAt > :since",
            filterExpression: "#status <> :aborted", expressionAttributeNames: ["#plan": "plan", "#status": "status"],
            expressionAttributeValues: [":aborted": "ABORTED", ":plan": "nightly", ":since": "2026-11-01T00:00:00Z"],
            limit: 25, scanIndexForward: false,
            pageToken: ["experimentId": "nightly-2026-11-25", "plan": "nightly", "createdAt": "2026-11-25T02:00:04Z"]),
        // Step Functions
        "sfn-start-execution": StartExecutionRequest(
            stateMachineARN: stateMachine, name: "nightly-2026-11-26",
            input: #"{"plan": "nightly", "spec": {"workloads": ["1-topic-16-partitions-1kb"]}}"#),
        "sfn-describe-execution": DescribeExecutionRequest(executionARN: execution),
        "sfn-list-executions": ListExecutionsRequest(stateMachineARN: stateMachine, statusFilter: "RUNNING", maxResults: 20, pageToken: "page-2"),
        "sfn-get-execution-history": GetExecutionHistoryRequest(
            executionARN: execution, reverseOrder: true, maxResults: 50, includeExecutionData: false, pageToken: "page-2"),
        "sfn-stop-execution": StopExecutionRequest(
            executionARN: execution, error: "Lab.Aborted", cause: "stopped by lab abort (requested by alice)"),
        // Resource Groups Tagging API
        "tagging-get-resources": GetResourcesRequest(
            tagFilters: [TagFilter(key: "Project", values: ["pulsar-aws-lab"]), TagFilter(key: "ExpiresAt")],
            resourceTypeFilters: ["ec2:instance", "ec2:volume", "ec2:placement-group"], resourcesPerPage: 50, pageToken: "page-2"),
        // Cost Explorer
        "ce-get-cost-and-usage": GetCostAndUsageRequest(
            timePeriod: CostDateInterval(start: "2026-11-26", end: "2026-11-28"), granularity: .daily, metrics: ["UnblendedCost"],
            filter: .tag(key: "ExperimentID", values: ["nightly-2026-11-26"]), groupBy: [.dimension("SERVICE")], pageToken: "page-2"),
        "ce-get-cost-and-usage-minimal": GetCostAndUsageRequest(
            timePeriod: CostDateInterval(start: "2026-11-01", end: "2026-12-01"), granularity: .monthly,
            metrics: ["UnblendedCost", "UsageQuantity"]),
        // Lambda
        "lambda-invoke": InvokeRequest(
            functionName: "arn:aws:lambda:\(region):\(account):function:pulsar-lab-janitor",
            payload: Array(#"{"experimentId": "nightly-2026-11-26", "dryRun": true}"#.utf8), invocationType: .requestResponse,
            tailLog: true, qualifier: "live"),
        "lambda-invoke-event": InvokeRequest(functionName: "pulsar-lab-janitor", payload: Array(#"{"mode":"sweep"}"#.utf8), invocationType: .event),
    ]
}
