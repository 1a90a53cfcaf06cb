import AWSCore
import AWSServices
import Testing

/// DynamoDB calls against a real moto server (check 2 of issue 3).
@Suite("moto round trips: DynamoDB", .enabled(if: MotoServer.unavailableReason == nil, "no .venv with moto: run scripts/ensure-venv"))
struct MotoDynamoDBRoundTripTests {
    let dynamoDB: DynamoDBClient
    let table: String

    init() throws {
        let client = try MotoServer.shared().client()
        dynamoDB = DynamoDBClient(client: client)
        table = MotoFixtures.uniqueName("experiments")
        try MotoFixtures(client).createTable(table)
    }

    static let record: DynamoDBItem = [
        "pk": "nightly-1", "sk": "record", "attempt": 1, "ratio": 0.25, "dryRun": false, "note": .null,
        "stages": ["validate": ["status": "done", "at": "2026-11-26T02:00:04Z"]], "workloads": ["1-topic", 16],
        "components": .stringSet(["bookkeeper", "broker", "zookeeper"]), "big": .number("12345678901234567890123456789012345678"),
    ]

    @Test("A conditional put creates once; the second is ConditionalCheckFailedException; every value type reads back")
    func conditionalPutAndGet() throws {
        let create = PutItemRequest(
            tableName: table, item: Self.record, conditionExpression: "attribute_not_exists(#pk)", expressionAttributeNames: ["#pk": "pk"])
        try dynamoDB.putItem(create)
        let error = try #require(throws: AWSError.self) { try dynamoDB.putItem(create) }
        #expect(error.isConditionalCheckFailed, "\(error)")
        #expect(error.code == DynamoDBErrorCode.conditionalCheckFailed && error.httpStatus == 400)
        #expect(error.requestID?.isEmpty == false, "\(error)")

        let item = try #require(try dynamoDB.getItem(GetItemRequest(tableName: table, key: ["pk": "nightly-1", "sk": "record"], consistentRead: true)))
        #expect(item["stages"] == Self.record["stages"])
        #expect(item["components"]?.stringSetValue?.sorted() == ["bookkeeper", "broker", "zookeeper"])
        var withoutSet = item
        withoutSet["components"] = nil
        var expected = Self.record
        expected["components"] = nil
        #expect(withoutSet == expected)
        #expect(item["attempt"]?.intValue == 1 && item["ratio"]?.doubleValue == 0.25)
        #expect(item["big"]?.numberText == "12345678901234567890123456789012345678")

        #expect(try dynamoDB.getItem(GetItemRequest(tableName: table, key: ["pk": "nightly-1", "sk": "absent"])) == nil)
    }

    @Test("UpdateItem sets nested attributes and returns the new item; a false condition is ConditionalCheckFailedException")
    func updateItem() throws {
        try dynamoDB.putItem(PutItemRequest(tableName: table, item: ["pk": "nightly-2", "sk": "record", "status": "VALIDATED", "stages": [:]]))
        let updated = try dynamoDB.updateItem(UpdateItemRequest(
            tableName: table, key: ["pk": "nightly-2", "sk": "record"], updateExpression: "SET #stages.#stage = :stage, #status = :status",
            conditionExpression: "attribute_exists(pk)",
            expressionAttributeNames: ["#stage": "apply-infra", "#stages": "stages", "#status": "status"],
            expressionAttributeValues: [":stage": ["status": "done"], ":status": "RUNNING"], returnValues: "ALL_NEW",
            idempotency: .idempotent))
        #expect(updated?["status"] == "RUNNING")
        #expect(updated?["stages"]?["apply-infra"]?["status"] == "done")

        let error = try #require(throws: AWSError.self) {
            try dynamoDB.updateItem(UpdateItemRequest(
                tableName: table, key: ["pk": "nightly-2", "sk": "record"], updateExpression: "SET #status = :s",
                conditionExpression: "#status = :expected", expressionAttributeNames: ["#status": "status"],
                expressionAttributeValues: [":s": "DONE", ":expected": "VALIDATED"]))
        }
        #expect(error.isConditionalCheckFailed, "\(error)")
    }

    @Test("Query pages by 2 over 5 items, newest first, until LastEvaluatedKey is gone")
    func queryPaginates() throws {
        for index in 1...5 {
            try dynamoDB.putItem(PutItemRequest(tableName: table, item: ["pk": "plan-nightly", "sk": "2026-11-2\(index)", "index": .number(index)]))
        }
        var request = QueryRequest(
            tableName: table, keyConditionExpression: "pk = :plan", expressionAttributeValues: [":plan": "plan-nightly"], limit: 2,
            scanIndexForward: false)
        var pages: [[String]] = []
        repeat {
            let page = try dynamoDB.query(request)
            pages.append(page.items.compactMap { $0["sk"]?.stringValue })
            #expect(page.count == page.items.count)
            request.pageToken = page.nextPageToken
        } while request.pageToken != nil && pages.count < 10
        #expect(pages.flatMap { $0 } == ["2026-11-25", "2026-11-24", "2026-11-23", "2026-11-22", "2026-11-21"])
        #expect(pages.count >= 3, "a limit of 2 over 5 items needs at least 3 pages: \(pages)")
        let all = try dynamoDB.queryAll(QueryRequest(
            tableName: table, keyConditionExpression: "pk = :plan", expressionAttributeValues: [":plan": "plan-nightly"], limit: 2))
        #expect(all.compactMap { $0["index"]?.intValue } == [1, 2, 3, 4, 5])
    }
}
