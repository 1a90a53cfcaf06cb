import AWSCore
import Foundation

/// `lab ami list`'s output: a table a person reads, or JSON a script reads (same facts).
enum AMIListing {
    static let headers = ["IMAGE", "NAME", "PULSAR", "STATE", "CREATED", "AGE", "SNAPSHOTS"]

    /// One row per image, columns padded to their widest cell; the emulated lab's stand-in says `simulated`.
    static func table(_ images: [LabImage], now: Timestamp) -> String {
        let rows = [headers] + images.map { image in
            [image.id, image.name.isEmpty ? "-" : image.name, image.pulsarVersion ?? "-", image.state, createdText(image.created),
             ElapsedText.age(from: image.created, to: now), snapshotText(image) + (image.isSimulated ? "  simulated" : "")]
        }
        let widths = headers.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// `2026-11-26 23:51 UTC`, or `-`.
    static func createdText(_ created: Timestamp?) -> String {
        guard let created else { return "-" }
        let text = created.iso8601String()
        return String(text.prefix(16)).replacingOccurrences(of: "T", with: " ") + " UTC"
    }

    /// `16 GiB` (one snapshot), `8+100 GiB` (several), `-` (none, e.g. an instance-store image).
    static func snapshotText(_ image: LabImage) -> String {
        let sizes = image.snapshots.map { $0.volumeSize.map(String.init) ?? "?" }
        return sizes.isEmpty ? "-" : sizes.joined(separator: "+") + " GiB"
    }

    /// One object per image, newest first.
    static func jsonObjects(_ images: [LabImage], now: Timestamp, region: String) -> [[String: Any]] {
        images.map { image in
            [
                "imageId": image.id, "name": image.name, "region": region, "state": image.state,
                "pulsarVersion": image.pulsarVersion ?? NSNull(),
                "ombCommit": image.image.tags[LabImage.ombCommitTag] ?? NSNull(),
                "created": image.created.map { $0.iso8601String() } ?? NSNull(),
                "ageSeconds": image.created.map { max(0, now.seconds - $0.seconds) } ?? NSNull(),
                "age": ElapsedText.age(from: image.created, to: now),
                "snapshots": image.snapshots.map { device in
                    ["snapshotId": device.snapshotID ?? "", "deviceName": device.deviceName ?? NSNull(),
                     "sizeGiB": device.volumeSize ?? NSNull()] as [String: Any]
                },
                "snapshotGiB": image.snapshotGiB, "simulated": image.isSimulated, "tags": image.image.tags,
            ]
        }
    }
}
