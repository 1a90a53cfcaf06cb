/// Response bodies in the shapes AWS really sends (element names and nesting as in the EC2 and S3 API
/// references), written for these tests. Kept as Swift literals so the test target needs no resources.
enum AWSResponseFixtures {
    /// EC2 DescribeImages: `imagesSet`/`item`, nested `blockDeviceMapping` and `tagSet` lists.
    /// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImages.html
    static let describeImages = """
    <?xml version="1.0" encoding="UTF-8"?>
    <DescribeImagesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
        <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
        <imagesSet>
            <item>
                <imageId>ami-0abcdef1234567890</imageId>
                <imageLocation>123456789012/pulsar-base-3.3.2-20240101</imageLocation>
                <imageState>available</imageState>
                <imageOwnerId>123456789012</imageOwnerId>
                <creationDate>2024-01-01T10:20:30.000Z</creationDate>
                <isPublic>false</isPublic>
                <architecture>x86_64</architecture>
                <imageType>machine</imageType>
                <name>pulsar-base-3.3.2-20240101</name>
                <description>Pulsar 3.3.2 &amp; OpenMessaging Benchmark &lt;base&gt;</description>
                <rootDeviceType>ebs</rootDeviceType>
                <rootDeviceName>/dev/xvda</rootDeviceName>
                <blockDeviceMapping>
                    <item>
                        <deviceName>/dev/xvda</deviceName>
                        <ebs>
                            <snapshotId>snap-1234567890abcdef0</snapshotId>
                            <volumeSize>8</volumeSize>
                            <deleteOnTermination>true</deleteOnTermination>
                            <volumeType>gp3</volumeType>
                            <encrypted>false</encrypted>
                        </ebs>
                    </item>
                </blockDeviceMapping>
                <virtualizationType>hvm</virtualizationType>
                <tagSet>
                    <item>
                        <key>PulsarVersion</key>
                        <value>3.3.2</value>
                    </item>
                    <item>
                        <key>Project</key>
                        <value>pulsar-aws-lab</value>
                    </item>
                </tagSet>
                <hypervisor>xen</hypervisor>
            </item>
            <item>
                <imageId>ami-0fedcba9876543210</imageId>
                <imageState>pending</imageState>
                <creationDate>2024-02-01T08:00:00.000Z</creationDate>
                <name>pulsar-base-3.3.2-20240201</name>
                <blockDeviceMapping/>
                <tagSet/>
            </item>
        </imagesSet>
    </DescribeImagesResponse>
    """

    /// EC2 DescribeInstances: `reservationSet`/`item`/`instancesSet`/`item`, `instanceState`, `nextToken`.
    /// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html
    static let describeInstances = """
    <?xml version="1.0" encoding="UTF-8"?>
    <DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
        <requestId>8f7724cf-496f-496e-8fe3-example</requestId>
        <reservationSet>
            <item>
                <reservationId>r-1234567890abcdef0</reservationId>
                <ownerId>123456789012</ownerId>
                <groupSet/>
                <instancesSet>
                    <item>
                        <instanceId>i-1234567890abcdef0</instanceId>
                        <imageId>ami-0abcdef1234567890</imageId>
                        <instanceState>
                            <code>16</code>
                            <name>running</name>
                        </instanceState>
                        <privateDnsName>ip-10-0-1-10.ec2.internal</privateDnsName>
                        <instanceType>m5.large</instanceType>
                        <launchTime>2024-03-01T12:00:00.000Z</launchTime>
                        <placement>
                            <availabilityZone>us-east-1a</availabilityZone>
                            <groupName>pulsar-lab-exp-1</groupName>
                            <tenancy>default</tenancy>
                        </placement>
                        <privateIpAddress>10.0.1.10</privateIpAddress>
                        <tagSet>
                            <item><key>Component</key><value>broker</value></item>
                            <item><key>ExperimentID</key><value>exp-1</value></item>
                        </tagSet>
                    </item>
                </instancesSet>
            </item>
        </reservationSet>
        <nextToken>eyJ2IjoiMiIsImMiOiJhYmMifQ==</nextToken>
    </DescribeInstancesResponse>
    """

    /// EC2 RunInstances: the reservation at top level, then `instancesSet`.
    /// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html
    static let runInstances = """
    <RunInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
      <requestId>d6e0a1b2-example</requestId>
      <reservationId>r-0abc</reservationId>
      <ownerId>123456789012</ownerId>
      <groupSet/>
      <instancesSet>
        <item>
          <instanceId>i-0aaa</instanceId>
          <imageId>ami-0abcdef1234567890</imageId>
          <instanceState><code>0</code><name>pending</name></instanceState>
          <amiLaunchIndex>0</amiLaunchIndex>
          <instanceType>m5.large</instanceType>
          <clientToken>exp-1-broker</clientToken>
        </item>
        <item>
          <instanceId>i-0bbb</instanceId>
          <imageId>ami-0abcdef1234567890</imageId>
          <instanceState><code>0</code><name>pending</name></instanceState>
          <amiLaunchIndex>1</amiLaunchIndex>
          <instanceType>m5.large</instanceType>
          <clientToken>exp-1-broker</clientToken>
        </item>
      </instancesSet>
    </RunInstancesResponse>
    """

    /// S3 ListObjectsV2 (namespaced, truncated, with an escaped key).
    /// See: https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListObjectsV2.html
    static let listObjectsV2 = """
    <?xml version="1.0" encoding="UTF-8"?>
    <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
        <Name>pulsar-lab-results</Name>
        <Prefix>exp-1/</Prefix>
        <KeyCount>2</KeyCount>
        <MaxKeys>2</MaxKeys>
        <IsTruncated>true</IsTruncated>
        <NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>
        <Contents>
            <Key>exp-1/results/workload-1.json</Key>
            <LastModified>2024-03-01T12:30:00.000Z</LastModified>
            <ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag>
            <Size>20480</Size>
            <StorageClass>STANDARD</StorageClass>
        </Contents>
        <Contents>
            <Key>exp-1/results/a&amp;b &#x263A;.json</Key>
            <LastModified>2024-03-01T12:31:00.000Z</LastModified>
            <ETag>&#34;d41d8cd98f00b204e9800998ecf8427e&#34;</ETag>
            <Size>0</Size>
            <StorageClass>STANDARD</StorageClass>
        </Contents>
    </ListBucketResult>
    """

    /// An EC2 error response.
    /// See: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/errors-overview.html
    static let ec2Error = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Response><Errors><Error><Code>InvalidAMIID.NotFound</Code><Message>The image id '[ami-1]' does not exist</Message></Error></Errors><RequestID>59dbff89-35bd-4eac-99ed-be587EXAMPLE</RequestID></Response>
    """

    /// An AWS query protocol error (IAM, STS).
    static let queryError = """
    <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
      <Error>
        <Type>Sender</Type>
        <Code>InvalidClientTokenId</Code>
        <Message>The security token included in the request is invalid.</Message>
      </Error>
      <RequestId>4a7a4d1c-2d6a-4c33-9c4b-example</RequestId>
    </ErrorResponse>
    """

    /// An S3 REST-XML error.
    static let s3Error = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>exp-1/missing.json</Key><RequestId>4442587FB7D0A2F9</RequestId><HostId>Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==</HostId></Error>
    """

    static var all: [(String, String)] {
        [("describeImages", describeImages), ("describeInstances", describeInstances), ("runInstances", runInstances),
         ("listObjectsV2", listObjectsV2), ("ec2Error", ec2Error), ("queryError", queryError), ("s3Error", s3Error)]
    }
}
