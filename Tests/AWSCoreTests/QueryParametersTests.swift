import AWSCore
import Testing

/// Expected bodies were produced by botocore 1.43.11 (`create_serializer('ec2'|'query')` +
/// `percent_encode_sequence`) for the same parameters, but for the space: botocore sends form bodies through
/// `urlencode`, which writes it `+` (Golden/botocore/ec2-copy-image.json shows it in a sent request).
@Suite("Query protocol serialisation")
struct QueryParametersTests {
    @Test("EC2 DescribeImages: lists, filters with values, booleans, encoding exactly as botocore")
    func describeImages() {
        var parameters = QueryParameters(action: "DescribeImages", version: "2016-11-15")
        parameters.addList("Owner", ["self"])
        let filters = [("name", ["pulsar-base-*", "a b/c~d+e=&"]), ("state", ["available"])]
        parameters.addList("Filter", filters) { entry, filter in
            entry.set("Name", filter.0)
            entry.addList("Value", filter.1)
        }
        parameters.set("IncludeDeprecated", true)
        #expect(parameters.encoded == "Action=DescribeImages&Version=2016-11-15&Owner.1=self&Filter.1.Name=name&Filter.1.Value.1=pulsar-base-%2A&Filter.1.Value.2=a+b%2Fc~d%2Be%3D%26&Filter.2.Name=state&Filter.2.Value.1=available&IncludeDeprecated=true")
    }

    @Test("EC2 RunInstances: nested TagSpecification.1.Tag.N.Key/Value, integers, false")
    func runInstances() {
        var parameters = QueryParameters(action: "RunInstances", version: "2016-11-15")
        parameters.set("ImageId", "ami-1")
        parameters.set("MinCount", 1)
        parameters.set("MaxCount", 2)
        parameters.set("ClientToken", "exp-1-broker")
        parameters.addList("TagSpecification", ["instance"]) { spec, resourceType in
            spec.set("ResourceType", resourceType)
            spec.addList("Tag", [("Project", "pulsar-aws-lab"), ("ExpiresAt", "2024-01-01T00:00:00Z")]) { tag, pair in
                tag.set("Key", pair.0)
                tag.set("Value", pair.1)
            }
        }
        parameters.set("EbsOptimized", false)
        parameters.set("KeyName", ifPresent: nil as String?)
        #expect(parameters.pairs.map(\.name) == [
            "Action", "Version", "ImageId", "MinCount", "MaxCount", "ClientToken", "TagSpecification.1.ResourceType",
            "TagSpecification.1.Tag.1.Key", "TagSpecification.1.Tag.1.Value", "TagSpecification.1.Tag.2.Key",
            "TagSpecification.1.Tag.2.Value", "EbsOptimized",
        ])
        #expect(parameters["TagSpecification.1.Tag.2.Value"] == "2024-01-01T00:00:00Z")
        #expect(parameters.encoded.hasSuffix("TagSpecification.1.Tag.2.Value=2024-01-01T00%3A00%3A00Z&EbsOptimized=false"))
    }

    @Test("AWS query (STS): lists as Name.member.N")
    func awsQueryMembers() {
        var parameters = QueryParameters(action: "AssumeRole", version: "2011-06-15", listStyle: .member)
        parameters.set("RoleArn", "arn:aws:iam::123456789012:role/x")
        parameters.set("RoleSessionName", "ss")
        parameters.addList("PolicyArns", ["arn:aws:iam::aws:policy/A", "arn:aws:iam::aws:policy/B"]) { entry, arn in
            entry.set("arn", arn)
        }
        #expect(parameters.encoded == "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fx&RoleSessionName=ss&PolicyArns.member.1.arn=arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FA&PolicyArns.member.2.arn=arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FB")
    }

    @Test("Percent-encoding keeps exactly the RFC 3986 unreserved set; UTF-8 bytes become %XX")
    func percentEncoding() {
        #expect(PercentEncoding.encode("AZaz09-_.~") == "AZaz09-_.~")
        #expect(PercentEncoding.encode(" !*'()+,/:;=?@[]&$#%") == "%20%21%2A%27%28%29%2B%2C%2F%3A%3B%3D%3F%40%5B%5D%26%24%23%25")
        #expect(PercentEncoding.encode("é/ä", keepingSlash: true) == "%C3%A9/%C3%A4")
        #expect(PercentEncoding.decode("a%20b%2fc+%zz%") == Array("a b/c+%zz%".utf8))
    }
}
