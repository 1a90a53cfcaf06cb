/// The Lambda `Invoke` header names, in one place.
///
/// See: https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
enum LambdaHeader {
    static let invocationType = "X-Amz-Invocation-Type"
    static let logType = "X-Amz-Log-Type"
    static let functionError = "X-Amz-Function-Error"
    static let logResult = "X-Amz-Log-Result"
    static let executedVersion = "X-Amz-Executed-Version"
}
