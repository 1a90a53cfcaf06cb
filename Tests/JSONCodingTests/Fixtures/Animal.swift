/// A base class coded through its subclass's `superEncoder()`/`superDecoder()`.
class Animal: Codable {
    var name: String

    init(name: String) {
        self.name = name
    }
}
