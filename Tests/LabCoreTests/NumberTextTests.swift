import Testing
@testable import LabCore

@Suite("Report number formatting without Foundation")
struct NumberTextTests {
    @Test("Fixed decimals round half away from zero and never print -0")
    func fixed() {
        #expect(NumberText.fixed(3.14159, places: 2) == "3.14")
        #expect(NumberText.fixed(2.5, places: 0) == "3")
        #expect(NumberText.fixed(-0.0004, places: 3) == "0.000")
        #expect(NumberText.fixed(-1.25, places: 1) == "-1.3")
        #expect(NumberText.fixed(0.05, places: 2) == "0.05")
        #expect(NumberText.fixed(.nan, places: 1) == "n/a")
        #expect(NumberText.fixed(.infinity, places: 1) == "n/a")
    }

    @Test("Grouping, percentages, latencies at the precision their size deserves")
    func grouped() {
        #expect(NumberText.grouped(42075.26, places: 1) == "42,075.3")
        #expect(NumberText.grouped(1_234_567, places: 0) == "1,234,567")
        #expect(NumberText.grouped(999, places: 0) == "999")
        #expect(NumberText.percent(0.84151) == "84.2 %")
        #expect(NumberText.signedPercent(0.2) == "+20.0 %")
        #expect(NumberText.signedPercent(-0.03) == "-3.0 %")
        #expect(NumberText.signedPercent(0.00001) == "0.0 %")
        #expect(NumberText.milliseconds(0.714) == "0.714")
        #expect(NumberText.milliseconds(10.962) == "10.96")
        #expect(NumberText.milliseconds(447.91) == "447.9")
        #expect(NumberText.milliseconds(11697.023) == "11,697")
    }

    @Test("Axes: round linear steps, decades on log axes, nines labelled 50/90/99/99.9/99.99 and max")
    func axes() {
        let linear = ChartAxis.linear(title: "", values: [0, 42_075], fromZero: true)
        #expect(linear.ticks.map(\.label) == ["0", "10k", "20k", "30k", "40k", "50k"])
        let small = ChartAxis.linear(title: "", values: [0.2, 0.7], fromZero: true)
        #expect(small.ticks.map(\.label) == ["0", "0.2", "0.4", "0.6", "0.8"])
        let log = ChartAxis.logarithmic(title: "", values: [0, 0.714, 113])
        #expect(log.ticks.map(\.label) == ["0.1", "1", "10", "100", "1,000"])
        #expect(log.fraction(of: 0) == 0 && log.fraction(of: 1000) == 1)
        let nines = ChartAxis.nines(title: "", percentiles: [0.0001, 50, 99.9, 100])
        #expect(nines.ticks.map(\.label) == ["50", "90", "99", "99.9", "99.99", "max"])
        #expect(nines.fraction(of: 100) == 1 && nines.fraction(of: 0) == 0)
        #expect(abs(nines.fraction(of: 99) - 2 / 4.5) < 1e-9)
        // HdrHistogram maps reach 99.99999917 (9 nines): past six nines every other tick is labelled, and max
        // gets a whole nine of room.
        let deep = ChartAxis.nines(title: "", percentiles: [50, 99.99999917, 100])
        #expect(deep.ticks.map(\.label) == ["50", "90", "99", "99.9", "99.99", "99.999", "99.9999", "", "99.999999", "", "max"])
        #expect(deep.upper == 10)
    }
}
