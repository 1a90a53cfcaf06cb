/// The attributes the janitor reads and writes in the experiment record (docs/stages.md, "The experiment record";
/// docs/janitor.md).
public enum JanitorRecord {
    public static let experimentIDAttribute = "experimentId"
    public static let executionArnAttribute = "executionArn"
    /// Map set when the janitor cleaned the experiment: `by`, `trigger`, `reason`, `at`, `complete`, `deleted`,
    /// `pending`, `failed`, `report`.
    public static let janitorAttribute = "janitor"
    /// `"janitor"` once the janitor has cleaned the experiment.
    public static let cleanedByAttribute = "cleanedBy"
    /// Where the janitor's summaries go in the results bucket.
    public static let reportPrefix = "janitor/"
}
