import JSONCoding

/// A gp3 volume as the spec writes it (see `ExperimentSpec.jsonValue`).
extension VolumeSpec {
    var jsonValue: JSONValue {
        ["sizeGiB": .int(sizeGiB), "iops": .int(iops), "throughputMiBps": .int(throughputMiBps)]
    }
}
