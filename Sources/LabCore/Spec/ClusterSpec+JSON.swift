import JSONCoding

/// The cluster part of the filled-in spec (see `ExperimentSpec.jsonValue`).
extension ClusterSpec {
    var jsonValue: JSONValue {
        func component(_ spec: ComponentSpec) -> JSONValue {
            ["count": .int(spec.count), "instanceType": .string(spec.instanceType)]
        }
        var bookies: JSONObject = ["count": .int(bookkeeper.count), "instanceType": .string(bookkeeper.instanceType),
                                   "storage": .string(bookkeeper.storage.name)]
        if case .ebs(let journal, let ledgers) = bookkeeper.storage {
            bookies["journalVolume"] = journal.jsonValue
            bookies["ledgerVolume"] = ledgers.jsonValue
        }
        return ["zookeeper": component(zookeeper), "bookkeeper": .object(bookies), "broker": component(broker),
                "client": component(client)]
    }
}
