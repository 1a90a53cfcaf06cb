/// One property of every numeric type `Codable` knows.
struct AllNumbers: Codable, Equatable {
    var int = Int.min
    var int8 = Int8.min
    var int16 = Int16.min
    var int32 = Int32.min
    var int64 = Int64.min
    var int128 = Int128.min
    var uint = UInt.max
    var uint8 = UInt8.max
    var uint16 = UInt16.max
    var uint32 = UInt32.max
    var uint64 = UInt64.max
    var uint128 = UInt128.max
    var float = Float(0.1)
    var double = 0.1
    var small = Double.leastNonzeroMagnitude
    var large = Double.greatestFiniteMagnitude
    var negativeZero = -0.0
    var integersInArray: [UInt8] = [0, 255]
    var int16InArray: [Int16] = [Int16.min]
    var int128InArray: [Int128] = [Int128.max]
}
