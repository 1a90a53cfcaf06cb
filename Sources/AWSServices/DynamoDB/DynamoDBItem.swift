/// An item, or a key, or a set of expression attribute values: attribute names to values.
public typealias DynamoDBItem = [String: DynamoDBValue]
