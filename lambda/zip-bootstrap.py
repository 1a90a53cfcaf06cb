"""Zips one executable as `bootstrap`, deterministically: the same binary gives the same zip bytes.

A fixed timestamp, fixed permissions (0755, regular file) and a fixed compression level make the
zip's hash depend on the binary alone, so Terraform's `source_code_hash` changes only when the code
does.

Usage: python3 lambda/zip-bootstrap.py BINARY ZIPFILE
"""

import sys
import zipfile

FIXED_TIMESTAMP = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can record
UNIX_REGULAR_EXECUTABLE = 0o100755


def zip_bootstrap(binary_path: str, zip_path: str) -> None:
    with open(binary_path, "rb") as binary:
        payload = binary.read()
    entry = zipfile.ZipInfo("bootstrap", date_time=FIXED_TIMESTAMP)
    entry.create_system = 3  # Unix, so Lambda honours the permission bits
    entry.external_attr = UNIX_REGULAR_EXECUTABLE << 16
    entry.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(zip_path, "w") as archive:
        archive.writestr(entry, payload, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: zip-bootstrap.py BINARY ZIPFILE")
    zip_bootstrap(sys.argv[1], sys.argv[2])
