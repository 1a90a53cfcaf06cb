import AWSCore
import Testing

@Suite("Endpoints")
struct EndpointResolverTests {
    let plain = EndpointResolver(environment: AWSEnvironment(variables: [:]))

    /// Expected hosts are what botocore 1.43.11 resolves (`client.meta.endpoint_url`) for each pair.
    @Test("Regional hostnames per partition", arguments: [
        (AWSService.ec2, "us-east-1", "https://ec2.us-east-1.amazonaws.com"),
        (.ssm, "eu-west-1", "https://ssm.eu-west-1.amazonaws.com"),
        (.dynamoDB, "cn-north-1", "https://dynamodb.cn-north-1.amazonaws.com.cn"),
        (.stepFunctions, "us-gov-west-1", "https://states.us-gov-west-1.amazonaws.com"),
        (.resourceGroupsTagging, "eu-central-1", "https://tagging.eu-central-1.amazonaws.com"),
        (.lambda, "ap-southeast-2", "https://lambda.ap-southeast-2.amazonaws.com"),
        (.sts, "us-east-1", "https://sts.us-east-1.amazonaws.com"),
        (.s3, "us-east-1", "https://s3.amazonaws.com"),
        (.s3, "eu-west-1", "https://s3.eu-west-1.amazonaws.com"),
        (.s3, "cn-northwest-1", "https://s3.cn-northwest-1.amazonaws.com.cn"),
        (.iam, "eu-west-1", "https://iam.amazonaws.com"),
        (.iam, "cn-north-1", "https://iam.cn-north-1.amazonaws.com.cn"),
        (.iam, "us-gov-east-1", "https://iam.us-gov.amazonaws.com"),
        (.eventBridge, "us-west-2", "https://events.us-west-2.amazonaws.com"),
        (.scheduler, "us-west-2", "https://scheduler.us-west-2.amazonaws.com"),
        (.costExplorer, "eu-west-1", "https://ce.us-east-1.amazonaws.com"),
        (.costExplorer, "us-east-1", "https://ce.us-east-1.amazonaws.com"),
    ])
    func regional(_ service: AWSService, _ region: String, _ expected: String) throws {
        let endpoint = try plain.resolve(service, region: region)
        #expect(endpoint.url.description == expected + "/")
        #expect(!endpoint.isCustom)
    }

    @Test("IAM and Cost Explorer sign for their partition's global region")
    func globalSigningRegion() throws {
        #expect(try plain.resolve(.iam, region: "eu-west-1").signingRegion == "us-east-1")
        #expect(try plain.resolve(.iam, region: "cn-northwest-1").signingRegion == "cn-north-1")
        #expect(try plain.resolve(.ec2, region: "eu-west-1").signingRegion == "eu-west-1")
        #expect(try plain.resolve(.costExplorer, region: "eu-west-1").signingRegion == "us-east-1")
    }

    @Test("Service-specific variable names follow the service id", arguments: [
        (AWSService.ec2, "AWS_ENDPOINT_URL_EC2"), (.ssm, "AWS_ENDPOINT_URL_SSM"), (.s3, "AWS_ENDPOINT_URL_S3"),
        (.dynamoDB, "AWS_ENDPOINT_URL_DYNAMODB"), (.stepFunctions, "AWS_ENDPOINT_URL_SFN"),
        (.resourceGroupsTagging, "AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API"), (.lambda, "AWS_ENDPOINT_URL_LAMBDA"),
        (.sts, "AWS_ENDPOINT_URL_STS"), (.iam, "AWS_ENDPOINT_URL_IAM"), (.eventBridge, "AWS_ENDPOINT_URL_EVENTBRIDGE"),
        (.costExplorer, "AWS_ENDPOINT_URL_COST_EXPLORER"),
        (.scheduler, "AWS_ENDPOINT_URL_SCHEDULER"),
    ])
    func serviceSpecificVariable(_ service: AWSService, _ variable: String) throws {
        let environment = AWSEnvironment(variables: [variable: "http://127.0.0.1:5000", "AWS_ENDPOINT_URL": "http://global:1"])
        let endpoint = try EndpointResolver(environment: environment).resolve(service, region: "eu-west-1")
        #expect(endpoint.url.description == "http://127.0.0.1:5000/", "the service-specific variable wins")
        #expect(endpoint.isCustom)
    }

    @Test("AWS_ENDPOINT_URL for all services; config file services section and endpoint_url below it; ignore switch")
    func precedence() throws {
        let global = AWSEnvironment(variables: ["AWS_ENDPOINT_URL": "http://localhost:4566/base"])
        #expect(try EndpointResolver(environment: global).resolve(.ssm, region: "us-east-1").url.description == "http://localhost:4566/base")

        let fromFile = EndpointResolver(
            environment: AWSEnvironment(variables: [:]), profileSettings: ["endpoint_url": "http://profile:1"],
            servicesSection: ["dynamodb.endpoint_url": "http://ddb-local:8000"])
        #expect(try fromFile.resolve(.dynamoDB, region: "us-east-1").url.description == "http://ddb-local:8000/")
        #expect(try fromFile.resolve(.ec2, region: "us-east-1").url.description == "http://profile:1/")

        var fileBeatenByEnvironment = fromFile
        fileBeatenByEnvironment.environment = global
        #expect(try fileBeatenByEnvironment.resolve(.dynamoDB, region: "us-east-1").url.host == "localhost")

        let ignored = AWSEnvironment(variables: [
            "AWS_ENDPOINT_URL": "http://localhost:4566", "AWS_ENDPOINT_URL_EC2": "http://localhost:1",
            "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true",
        ])
        var ignoring = fromFile
        ignoring.environment = ignored
        #expect(try ignoring.resolve(.ec2, region: "us-east-1").url.description == "https://ec2.us-east-1.amazonaws.com/")
    }

    @Test("The services section is found through the profile's services setting in the config file")
    func servicesSectionFromFile() throws {
        let directory = try TemporaryDirectory()
        let config = try directory.write("config", """
        [profile emu]
        region = us-east-1
        services = emulator

        [services emulator]
        sfn =
          endpoint_url = http://127.0.0.1:5001
        resource_groups_tagging_api =
          endpoint_url = http://127.0.0.1:5002
        """)
        let environment = AWSEnvironment(variables: ["AWS_CONFIG_FILE": config, "AWS_PROFILE": "emu"])
        let resolver = try EndpointResolver.fromEnvironment(environment)
        #expect(try resolver.resolve(.stepFunctions, region: "us-east-1").url.description == "http://127.0.0.1:5001/")
        #expect(try resolver.resolve(.resourceGroupsTagging, region: "us-east-1").url.description == "http://127.0.0.1:5002/")
        #expect(try resolver.resolve(.ec2, region: "us-east-1").isCustom == false)
    }

    @Test("A malformed configured URL names the variable")
    func malformedEndpoint() {
        let environment = AWSEnvironment(variables: ["AWS_ENDPOINT_URL_S3": "localhost:4566"])
        #expect { _ = try EndpointResolver(environment: environment).resolve(.s3, region: "us-east-1") } throws: { error in
            (error as? AWSError)?.code == "InvalidEndpointURL" && "\(error)".contains("AWS_ENDPOINT_URL_S3 is set to 'localhost:4566'")
        }
    }

    @Test("S3: virtual-hosted for DNS-safe buckets, path style for others and for custom endpoints")
    func s3Addressing() throws {
        let east = try plain.resolve(.s3, region: "us-east-1")
        #expect(S3Addressing.url(bucket: "my-bucket", key: "a b/c~d+e", endpoint: east).description
                == "https://my-bucket.s3.amazonaws.com/a%20b/c~d%2Be")
        #expect(S3Addressing.url(bucket: "my-bucket", key: "", endpoint: east).description == "https://my-bucket.s3.amazonaws.com/")
        #expect(S3Addressing.url(bucket: "my.bucket", key: "k", endpoint: east).description == "https://s3.amazonaws.com/my.bucket/k")
        #expect(S3Addressing.url(bucket: "My_Bucket", key: "", endpoint: east).description == "https://s3.amazonaws.com/My_Bucket")
        #expect(!S3Addressing.isVirtualHostable("192.168.1.1", overTLS: false))
        #expect(S3Addressing.isVirtualHostable("my.bucket", overTLS: false))
        #expect(!S3Addressing.isVirtualHostable("ab", overTLS: true))
        #expect(!S3Addressing.isVirtualHostable("-bucket", overTLS: true))

        let emulator = try EndpointResolver(environment: AWSEnvironment(variables: ["AWS_ENDPOINT_URL_S3": "http://127.0.0.1:5000"]))
            .resolve(.s3, region: "us-east-1")
        #expect(S3Addressing.url(bucket: "my-bucket", key: "exp-1/r.json", endpoint: emulator).description
                == "http://127.0.0.1:5000/my-bucket/exp-1/r.json")
    }
}
