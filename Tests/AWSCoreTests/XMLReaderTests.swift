import AWSCore
import Testing

@Suite("XML reader")
struct XMLReaderTests {
    let reader = XMLReader()

    @Test("EC2 DescribeImages: item lists, nested structures, entities")
    func describeImages() throws {
        let root = try reader.parse(AWSResponseFixtures.describeImages)
        #expect(root.localName == "DescribeImagesResponse")
        #expect(root.attribute("xmlns") == "http://ec2.amazonaws.com/doc/2016-11-15/")
        #expect(root.text(of: "requestId") == "59dbff89-35bd-4eac-99ed-be587EXAMPLE")
        let images = root.child("imagesSet")?.children("item") ?? []
        #expect(images.map { $0.text(of: "imageId") } == ["ami-0abcdef1234567890", "ami-0fedcba9876543210"])
        let first = try #require(images.first)
        #expect(first.text(of: "description") == "Pulsar 3.3.2 & OpenMessaging Benchmark <base>")
        #expect(first.element(at: "blockDeviceMapping", "item", "ebs")?.text(of: "snapshotId") == "snap-1234567890abcdef0")
        let tags = (first.child("tagSet")?.children("item") ?? []).map { ($0.text(of: "key") ?? "", $0.text(of: "value") ?? "") }
        #expect(tags.map(\.0) == ["PulsarVersion", "Project"])
        #expect(tags.map(\.1) == ["3.3.2", "pulsar-aws-lab"])
        #expect(images[1].child("tagSet")?.children.isEmpty == true, "a self-closing list is an empty list")
    }

    @Test("EC2 DescribeInstances: reservations, instances, state and the page token")
    func describeInstances() throws {
        let root = try reader.parse(AWSResponseFixtures.describeInstances)
        let instances = (root.child("reservationSet")?.children("item") ?? []).flatMap {
            $0.child("instancesSet")?.children("item") ?? []
        }
        #expect(instances.count == 1)
        #expect(instances.first?.element(at: "instanceState", "name")?.text == "running")
        #expect(instances.first?.element(at: "placement", "groupName")?.text == "pulsar-lab-exp-1")
        #expect(root.text(of: "nextToken") == "eyJ2IjoiMiIsImMiOiJhYmMifQ==")
    }

    @Test("EC2 RunInstances without an XML declaration")
    func runInstances() throws {
        let root = try reader.parse(AWSResponseFixtures.runInstances)
        let ids = (root.child("instancesSet")?.children("item") ?? []).compactMap { $0.text(of: "instanceId") }
        #expect(ids == ["i-0aaa", "i-0bbb"])
        #expect(root.text(of: "reservationId") == "r-0abc")
    }

    @Test("S3 ListObjectsV2: namespace, escaped key, decimal and hex references")
    func listObjectsV2() throws {
        let root = try reader.parse(AWSResponseFixtures.listObjectsV2)
        let contents = root.children("Contents")
        #expect(contents.map { $0.text(of: "Key") } == ["exp-1/results/workload-1.json", "exp-1/results/a&b ☺.json"])
        #expect(contents.map { $0.text(of: "ETag") } == ["\"9b2cf535f27731c974343645a3985328\"", "\"d41d8cd98f00b204e9800998ecf8427e\""])
        #expect(root.text(of: "IsTruncated") == "true")
        #expect(root.text(of: "NextContinuationToken") == "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=")
    }

    @Test("CDATA, comments, processing instructions, attributes in both quote styles, prefixed names")
    func markupVariety() throws {
        let root = try reader.parse("""
        <?xml version='1.0'?>
        <!-- leading comment -->
        <?app hint?>
        <ns:Root xmlns:ns="urn:x" a='1' b="two &amp; &#65;">
          <ns:Item><![CDATA[<not> & markup]]></ns:Item>
          <!-- inner -->
          <?inner pi?>
          <Empty/>
          <Text>a<!-- c -->b</Text>
        </ns:Root>
        <!-- trailing -->
        """)
        #expect(root.name == "ns:Root")
        #expect(root.localName == "Root")
        #expect(root.attribute("a") == "1")
        #expect(root.attribute("b") == "two & A")
        #expect(root.text(of: "Item") == "<not> & markup")
        #expect(root.child("Empty")?.text == "")
        #expect(root.text(of: "Text") == "ab")
        #expect(root.text(of: "Missing") == nil)
    }

    @Test("Malformed documents are refused with line and column", arguments: [
        ("<a><b></a>", "line 1, column 7: </a> does not match <b>"),
        ("<a>\n  <b>x</b>\n  <c>", "line 3, column 6: expected </c>, found the end of the document"),
        ("<a>&unknown;</a>", "line 1, column 4: unknown entity &unknown;"),
        ("<a>&#xD800;</a>", "line 1, column 4: character reference &#xD800; names no allowed XML character"),
        ("<a b='1' b='2'/>", "line 1, column 10: attribute b appears twice in <a>"),
        ("<a/><b/>", "line 1, column 5: expected nothing after the root element"),
        ("<!DOCTYPE a [<!ENTITY x 'y'>]><a/>", "line 1, column 1: a DOCTYPE is not accepted"),
        ("<a><!-- x -- y --></a>", "line 1, column 11: '--' is not allowed inside a comment"),
        ("<a>]]></a>", "line 1, column 6: ']]>' is not allowed in text"),
        ("<a>\u{1}</a>", "line 1, column 4: control character 0x1 is not allowed in XML"),
        ("", "line 1, column 1: expected the root element, found the end of the document"),
        ("<a x=1/>", "line 1, column 6: expected a quoted value for attribute x"),
        ("<a><?xml version='1.0'?></a>", "line 1, column 4: the XML declaration is only allowed at the very start"),
    ])
    func malformed(_ input: String, _ expected: String) {
        do {
            let root = try reader.parse(input)
            Issue.record("parsed \(input.debugDescription) into <\(root.name)>; expected: \(expected)")
        } catch let error as AWSError {
            #expect(error.code == "MalformedXML")
            #expect(error.message.hasPrefix(expected), "input \(input.debugDescription)")
        } catch {
            Issue.record("unexpected error type: \(error)")
        }
    }

    @Test("Invalid UTF-8 is refused at its offset")
    func invalidUTF8() {
        #expect {
            _ = try reader.parse([UInt8]("<a>ok".utf8) + [0xC3, 0x28] + [UInt8]("</a>".utf8))
        } throws: { error in
            (error as? AWSError)?.message.hasPrefix("line 1, column 6: the document is not valid UTF-8") == true
        }
    }

    @Test("Nesting deeper than the limit is refused quickly, not by running out of stack")
    func depthLimit() {
        let deep = String(repeating: "<a>", count: 200_000) + String(repeating: "</a>", count: 200_000)
        #expect {
            _ = try reader.parse(deep)
        } throws: { error in
            (error as? AWSError)?.message.contains("elements nest deeper than 256 levels") == true
        }
        let allowed = String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256)
        #expect(throws: Never.self) { _ = try reader.parse(allowed) }
    }
}
