/// A value in a YAML file we write: a scalar or a block mapping with keys in the order given.
/// Sequences are not needed by OMB's files and are not supported.
public indirect enum YAMLValue: Sendable, Hashable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case mapping([YAMLEntry])
}
