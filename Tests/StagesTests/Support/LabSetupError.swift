/// The emulated lab could not be set up (not the behaviour under test).
struct LabSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
