/// teardown's attributes in the experiment's record.
enum TeardownRecord {
    /// String set of `kind:id` of everything teardown removed, over all its calls (ADD is a set union, so a
    /// repeat adds nothing).
    static let removed = "teardownRemoved"
    /// `{terminated, resourcesLeft}` once complete.
    static let teardown = "teardown"
    /// RFC 3339, set once: when the experiment's teardown completed (the plan index's sort key).
    static let finishedAt = "finishedAt"
    /// `{error, cause}` of the stage that failed, on the failure path.
    static let failure = "failure"
}
