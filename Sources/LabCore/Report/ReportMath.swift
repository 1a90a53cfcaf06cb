#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The libm functions the charts need, in one place: LabCore imports no Foundation, so logarithms come from
/// the C library directly.
enum ReportMath {
    /// log₁₀ x.
    static func decimalLog(_ x: Double) -> Double { log10(x) }

    /// 10ˣ.
    static func powerOfTen(_ x: Double) -> Double { pow(10, x) }
}
