import AWSCore
import AWSServices
import Foundation
import Testing

/// S3 calls against a real moto server (check 2 of issue 3).
@Suite("moto round trips: S3", .enabled(if: MotoServer.unavailableReason == nil, "no .venv with moto: run scripts/ensure-venv"))
struct MotoS3RoundTripTests {
    let moto: MotoServer
    let s3: S3Client
    let bucket: String

    init() throws {
        moto = try MotoServer.shared()
        let client = try moto.client()
        s3 = S3Client(client: client)
        bucket = MotoFixtures.uniqueName("round-trip")
        try MotoFixtures(client).createBucket(bucket)
    }

    @Test("Put, head, get and delete an object: bytes, content type, size, ETag and Last-Modified come back")
    func objectLifecycle() throws {
        let key = "experiments/rt/report/a b+c é.html"
        let body = Array("<html>report ✓</html>\n".utf8)
        let put = try s3.putObject(PutObjectRequest(bucket: bucket, key: key, body: body, contentType: "text/html; charset=utf-8"))
        let eTag = try #require(put.eTag)
        #expect(eTag.hasPrefix("\""), "S3 quotes ETags: \(eTag)")

        let head = try s3.headObject(HeadObjectRequest(bucket: bucket, key: key))
        #expect(head.contentLength == body.count)
        #expect(head.contentType == "text/html; charset=utf-8")
        #expect(head.eTag == eTag)
        let lastModified = try #require(head.lastModified)
        #expect(abs(Int(lastModified.seconds) - Int(Date().timeIntervalSince1970)) < 600, "Last-Modified \(lastModified) is not about now")

        let object = try s3.getObject(GetObjectRequest(bucket: bucket, key: key))
        #expect(object.body == body)
        #expect(object.metadata == head)

        try s3.deleteObject(DeleteObjectRequest(bucket: bucket, key: key))
        let missing = try #require(throws: AWSError.self) { try s3.getObject(GetObjectRequest(bucket: bucket, key: key)) }
        #expect(missing.code == "NoSuchKey" && missing.httpStatus == 404, "\(missing)")
        #expect(missing.requestID?.isEmpty == false, "S3 errors carry a request id: \(missing)")
        let headMissing = try #require(throws: AWSError.self) { try s3.headObject(HeadObjectRequest(bucket: bucket, key: key)) }
        #expect(headMissing.code == "NotFound" && headMissing.httpStatus == 404, "\(headMissing)")
        try s3.deleteObject(DeleteObjectRequest(bucket: bucket, key: key))  // deleting again is not an error
    }

    @Test("ListObjectsV2 pages by 2 over 5 keys (spaces, plus, non-ASCII decoded), and groups by delimiter")
    func listPaginates() throws {
        let keys = ["exp/a b.json", "exp/a+b.json", "exp/é.json", "exp/sub/one.json", "exp/sub/two.json"]
        for key in keys { try s3.putObject(PutObjectRequest(bucket: bucket, key: key, body: Array(key.utf8))) }
        try s3.putObject(PutObjectRequest(bucket: bucket, key: "other/x.json", body: []))

        var request = ListObjectsV2Request(bucket: bucket, prefix: "exp/", maxKeys: 2)
        var pages: [[String]] = []
        repeat {
            let page = try s3.listObjectsV2(request)
            pages.append(page.objects.map(\.key))
            #expect(page.isTruncated == (page.nextPageToken != nil))
            #expect(page.keyCount == page.objects.count)
            request.pageToken = page.nextPageToken
        } while request.pageToken != nil && pages.count < 10
        #expect(pages.map(\.count) == [2, 2, 1])
        #expect(pages.flatMap { $0 } == keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        let all = try s3.listAllObjectsV2(ListObjectsV2Request(bucket: bucket, prefix: "exp/", maxKeys: 2))
        #expect(all.map(\.key).sorted() == keys.sorted())
        #expect(all.first { $0.key == "exp/a b.json" }?.size == Int64("exp/a b.json".utf8.count))
        #expect(all.allSatisfy { $0.lastModified != nil && $0.eTag != nil })

        let folders = try s3.listObjectsV2(ListObjectsV2Request(bucket: bucket, prefix: "exp/", delimiter: "/"))
        #expect(folders.commonPrefixes == ["exp/sub/"])
        #expect(Set(folders.objects.map(\.key)) == ["exp/a b.json", "exp/a+b.json", "exp/é.json"])
    }

    @Test("A presigned GET URL fetches the object without credentials")
    func presignedGet() throws {
        let key = "experiments/rt/report/index.html"
        try s3.putObject(PutObjectRequest(bucket: bucket, key: key, body: Array("<p>shared</p>".utf8), contentType: "text/html"))
        let url = try s3.presignedGetURL(bucket: bucket, key: key, expiresIn: 600)
        #expect(url.hasPrefix(moto.endpoint + "/\(bucket)/"), "a custom endpoint means path style: \(url)")
        #expect(url.contains("X-Amz-Signature="))
        let response = try CurlTransport().send(HTTPRequest(method: .get, url: try HTTPURL(parsing: url)))
        #expect(response.status == 200, "\(response.bodyText)")
        #expect(response.bodyText == "<p>shared</p>")
    }
}
