import JSONCoding

/// The echo fixture's input: any JSON object, plus optional instructions that make it misbehave on
/// purpose, so tests and the benchmark can exercise every path of the runtime loop.
///
/// - `throw`: throw an error named this (`{"throw": "ClusterNotReady", "message": "…"}`)
/// - `sleepMs`: sleep this long first (deadline and timeout tests)
/// - `crash`: end the process abnormally (Lambda reports `Runtime.ExitError`)
/// - `outputBytes`: return a string field of this many bytes (response-size tests)
/// - `reportContext`: add a `context` object (request id, trace id from `_X_AMZN_TRACE_ID`,
///   time remaining, function ARN), so tests can see what the runtime handed over
struct EchoEvent: Decodable {
    var input: JSONObject
    var throwErrorType: String?
    var message: String?
    var sleepMs: Int?
    var crash: Bool?
    var outputBytes: Int?
    var reportContext: Bool?

    private enum CodingKeys: String, CodingKey {
        case throwErrorType = "throw"
        case message, sleepMs, crash, outputBytes, reportContext
    }

    init(from decoder: any Decoder) throws {
        // Typed fields first, so `{"sleepMs": "soon"}` fails as InvalidEvent naming `sleepMs`.
        let container = try decoder.container(keyedBy: CodingKeys.self)
        throwErrorType = try container.decodeIfPresent(String.self, forKey: .throwErrorType)
        message = try container.decodeIfPresent(String.self, forKey: .message)
        sleepMs = try container.decodeIfPresent(Int.self, forKey: .sleepMs)
        crash = try container.decodeIfPresent(Bool.self, forKey: .crash)
        outputBytes = try container.decodeIfPresent(Int.self, forKey: .outputBytes)
        reportContext = try container.decodeIfPresent(Bool.self, forKey: .reportContext)
        input = try decoder.singleValueContainer().decode(JSONObject.self)
    }
}
