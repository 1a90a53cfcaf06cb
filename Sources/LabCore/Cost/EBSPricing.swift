/// gp3 prices, us-east-1, US dollars, as listed on https://aws.amazon.com/ebs/pricing/ (table written
/// 2025-11). AWS bills per second; a month is 730 hours here, as in AWS's own calculators.
public enum EBSPricing {
    public static let gp3PerGBMonthUSD = 0.08
    /// Per provisioned IOPS-month above the included 3,000.
    public static let gp3PerIOPSMonthUSD = 0.005
    /// Per provisioned MB/s-month above the included 125.
    public static let gp3PerMiBpsMonthUSD = 0.04
    public static let hoursPerMonth = 730.0

    /// What one gp3 volume costs per hour.
    public static func hourlyUSD(of volume: VolumeSpec) -> Double {
        let extraIOPS = max(0, volume.iops - GP3.baselineIOPS)
        let extraThroughput = max(0, volume.throughputMiBps - GP3.baselineThroughputMiBps)
        let monthly = Double(volume.sizeGiB) * gp3PerGBMonthUSD + Double(extraIOPS) * gp3PerIOPSMonthUSD
            + Double(extraThroughput) * gp3PerMiBpsMonthUSD
        return monthly / hoursPerMonth
    }
}
