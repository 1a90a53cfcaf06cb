/// An array under construction (see `EncodedNode`).
final class EncodedArray {
    var elements: [EncodedNode] = []
}
