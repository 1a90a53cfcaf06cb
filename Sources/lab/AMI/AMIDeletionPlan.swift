import AWSServices

/// What `lab ami delete` removes: the image and its snapshots, as lines for the dry run and the question.
struct AMIDeletionPlan {
    var image: LabImage
    var snapshots: [EC2Snapshot]
    var region: String

    /// `<prefix> image ami-…  pulsar-base-…  (region)` then one `<prefix> snapshot snap-…  16 GiB` per snapshot.
    func lines(prefix: String) -> String {
        var lines = ["\(prefix) image \(image.id)  \(image.name)  (\(region))"]
        for snapshot in snapshots {
            lines.append("\(prefix) snapshot \(snapshot.snapshotID)  \(snapshot.volumeSize.map { "\($0) GiB" } ?? "size unknown")")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
