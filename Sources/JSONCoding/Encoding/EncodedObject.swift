/// An object under construction (see `EncodedNode`). Keys keep the order they were first encoded in;
/// encoding a key again replaces its value in place.
final class EncodedObject {
    var storage = OrderedKeyStorage<EncodedNode>()
}
