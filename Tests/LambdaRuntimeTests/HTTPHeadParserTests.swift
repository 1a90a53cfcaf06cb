import Testing

@testable import LambdaRuntime

@Suite struct HTTPHeadParserTests {
    func parse(_ text: String) -> (status: Int, headers: [String: String])? {
        Array(text.utf8).withUnsafeBufferPointer { HTTPHeadParser.parse($0) }
    }

    @Test func readsStatusAndLowerCasesHeaderNames() throws {
        let head = try #require(parse("HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: abc\r\nContent-Length:  12 \r\nX-Empty:"))
        #expect(head.status == 200)
        #expect(head.headers == ["lambda-runtime-aws-request-id": "abc", "content-length": "12", "x-empty": ""])
    }

    @Test func keepsColonsInsideValues() throws {
        let head = try #require(parse("HTTP/1.1 200 OK\r\nLambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:1:function:f"))
        #expect(head.headers["lambda-runtime-invoked-function-arn"] == "arn:aws:lambda:us-east-1:1:function:f")
    }

    @Test func rejectsMalformedHeads() {
        #expect(parse("HTTP/1.1 20 OK\r\n") == nil)
        #expect(parse("HTTP/2 200 OK\r\n") == nil)
        #expect(parse("HTTP/1.1 200 OK\r\nno colon here") == nil)
        #expect(parse("HTTP/1.1 200 OK\r\n: no name") == nil)
        #expect(parse("") == nil)
    }
}
