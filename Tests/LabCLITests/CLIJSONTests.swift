import JSONCoding
@testable import lab
import Testing

@Suite("--json output: one format for every command")
struct CLIJSONTests {
    @Test("Pretty-printed, keys sorted at every level, slashes as they are, one trailing newline")
    func format() {
        let value: JSONValue = ["status": "SUCCEEDED", "experimentId": "e-1", "workloads": [["summaryKey": "experiments/e-1/summary.json", "index": 0]]]
        #expect(CLIJSON.text(value) == """
            {
              "experimentId": "e-1",
              "status": "SUCCEEDED",
              "workloads": [
                {
                  "index": 0,
                  "summaryKey": "experiments/e-1/summary.json"
                }
              ]
            }

            """)
    }
}
