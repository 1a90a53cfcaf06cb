#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import LambdaRuntime

LambdaRuntime.run {
    try EchoHandler(environment: getenv("ECHO_FAIL_INIT").map { String(cString: $0) })
}
