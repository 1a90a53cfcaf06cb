import CLibcurl

/// `curl_global_init` must run once per process before any other libcurl call, and is not thread-safe
/// itself: a global `let` is initialised exactly once, atomically, on first use.
///
/// See: https://curl.se/libcurl/c/curl_global_init.html
enum CurlGlobal {
    private static let initResult: CURLcode = curl_global_init(clibcurl_global_default_flags())

    /// Initialises libcurl if that has not happened yet.
    ///
    /// - Throws: `AWSError` (`.transport`, `CurlInitFailed`) when libcurl cannot initialise.
    static func ensureInitialised() throws {
        guard initResult == CURLE_OK else {
            throw AWSError(
                kind: .transport, code: "CurlInitFailed",
                message: "curl_global_init failed: \(String(cString: curl_easy_strerror(initResult))); is libcurl (curl-minimal) installed?")
        }
    }
}
