import CLibcurl
import Glibc

/// A failed libcurl transfer, turned into an `AWSError` that says what failed, against which URL, why
/// (the OS error when there is one), and whether retrying may help.
///
/// See: https://curl.se/libcurl/c/libcurl-errors.html
struct CurlFailure {
    let code: CURLcode
    let osErrno: Int32
    let detail: String

    /// What failed, in our words, our stable code, and whether the failure is transient.
    var classification: (what: String, code: String, retryable: Bool) {
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST: return ("could not resolve the host of", "CouldNotResolveHost", true)
        case CURLE_COULDNT_RESOLVE_PROXY: return ("could not resolve the proxy for", "CouldNotResolveProxy", true)
        case CURLE_COULDNT_CONNECT: return ("could not connect to", "CouldNotConnect", true)
        case CURLE_OPERATION_TIMEDOUT: return ("timed out talking to", "Timeout", true)
        case CURLE_SEND_ERROR: return ("could not send the request to", "SendFailed", true)
        case CURLE_RECV_ERROR: return ("could not receive the response from", "ReceiveFailed", true)
        case CURLE_GOT_NOTHING: return ("got no response at all from", "EmptyReply", true)
        case CURLE_PARTIAL_FILE: return ("got a truncated response from", "PartialResponse", true)
        case CURLE_SSL_CONNECT_ERROR: return ("could not complete the TLS handshake with", "TLSHandshakeFailed", true)
        case CURLE_HTTP2, CURLE_HTTP2_STREAM: return ("had an HTTP/2 failure with", "HTTP2Failed", true)
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE:
            return ("could not verify the TLS certificate of", "CertificateRejected", false)
        case CURLE_URL_MALFORMAT: return ("could not use the malformed URL", "InvalidURL", false)
        case CURLE_UNSUPPORTED_PROTOCOL: return ("does not support the scheme of", "UnsupportedProtocol", false)
        case CURLE_OUT_OF_MEMORY: return ("ran out of memory talking to", "OutOfMemory", false)
        default: return ("failed talking to", "TransportFailed", false)
        }
    }

    func error(for request: HTTPRequest) -> AWSError {
        let (what, ourCode, retryable) = classification
        var reason = String(cString: curl_easy_strerror(code))
        if osErrno != 0 { reason = String(cString: strerror(osErrno)) }
        var message = "\(what) \(request.url.origin): \(reason)"
        if !detail.isEmpty, detail != reason { message += " (curl: \(detail))" }
        return AWSError(kind: .transport, code: ourCode, message: message, isRetryable: retryable)
    }
}
