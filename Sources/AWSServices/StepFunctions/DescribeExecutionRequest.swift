import AWSCore
import JSONCoding

/// `DescribeExecution`: status, input and output, and the error and cause of a failed execution.
///
/// See: https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeExecution.html
public struct DescribeExecutionRequest: AWSServiceRequest {
    public var executionARN: String

    public init(executionARN: String) {
        self.executionARN = executionARN
    }

    public var operation: AWSOperation {
        .json(.stepFunctions, "DescribeExecution", ["executionArn": .string(executionARN)], idempotency: .idempotent)
    }

    public func decode(_ response: HTTPResponse) throws -> SFNExecution {
        let root = try JSONFields(body: response.body)
        return SFNExecution(
            executionARN: try root.string("executionArn"), stateMachineARN: try root.string("stateMachineArn"),
            name: try root.optionalString("name"), status: try root.string("status"), startDate: try root.timestamp("startDate"),
            stopDate: try root.optionalTimestamp("stopDate"), input: try root.optionalString("input"),
            output: try root.optionalString("output"), error: try root.optionalString("error"), cause: try root.optionalString("cause"))
    }
}
