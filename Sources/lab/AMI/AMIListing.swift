import AWSCore
import Foundation
import JSONCoding

/// `lab ami list`'s output: a table a person reads, or JSON a script reads (same facts).
enum AMIListing {
    static let headers = ["IMAGE", "NAME", "PULSAR", "STATE", "CREATED", "AGE", "SNAPSHOTS"]

    /// One row per image, columns padded to their widest cell; the emulated lab's stand-in says `simulated`.
    static func table(_ images: [LabImage], now: Timestamp) -> String {
        TextTable.render([headers] + images.map { image in
            [image.id, image.name.isEmpty ? "-" : image.name, image.pulsarVersion ?? "-", image.state, createdText(image.created),
             ElapsedText.age(from: image.created, to: now), snapshotText(image) + (image.isSimulated ? "  simulated" : "")]
        })
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
    static func json(_ images: [LabImage], now: Timestamp, region: String) -> JSONValue {
        .array(images.map { image in
            [
                "imageId": .string(image.id), "name": .string(image.name), "region": .string(region), "state": .string(image.state),
                "pulsarVersion": image.pulsarVersion.map(JSONValue.string) ?? .null,
                "ombCommit": image.image.tags[LabImage.ombCommitTag].map(JSONValue.string) ?? .null,
                "created": image.created.map { .string($0.iso8601String()) } ?? .null,
                "ageSeconds": image.created.map { .number(JSONNumber(max(0, now.seconds - $0.seconds))) } ?? .null,
                "age": .string(ElapsedText.age(from: image.created, to: now)),
                "snapshots": .array(image.snapshots.map { device in
                    [
                        "snapshotId": .string(device.snapshotID ?? ""), "deviceName": device.deviceName.map(JSONValue.string) ?? .null,
                        "sizeGiB": device.volumeSize.map { .number(JSONNumber($0)) } ?? .null,
                    ]
                }),
                "snapshotGiB": .number(JSONNumber(image.snapshotGiB)), "simulated": .bool(image.isSimulated),
                "tags": .object(JSONObject(uniqueKeysWithValues: image.image.tags.map { ($0.key, .string($0.value)) })),
            ]
        })
    }
}
