import GlibcCompat
import Testing

/// hypot/hypotf are routed through `--wrap` to the GLIBC_2.2.5 versions (see Sources/GlibcCompat);
/// the pinned versions must still compute.
@Suite struct GlibcCompatTests {
    @Test func wrappedHypotStillComputes() {
        #expect(glibc_compat_hypot(3, 4) == 5)
        #expect(glibc_compat_hypot(5, 12) == 13)
        #expect(abs(glibc_compat_hypot(1e300, 1e300) - 1.4142135623730951e300) < 1e285, "no overflow for large inputs")
    }

    @Test func wrappedHypotfStillComputes() {
        #expect(glibc_compat_hypotf(3, 4) == 5)
        #expect(glibc_compat_hypotf(8, 15) == 17)
    }
}
