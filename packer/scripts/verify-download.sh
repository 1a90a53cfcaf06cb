#!/usr/bin/env bash
# verify_apache_download URL: downloads URL and checks it against the Apache release's own SHA-512 (URL.sha512)
# and OpenPGP signature (URL.asc, against the project's KEYS file next to the release folder). An optional
# EXPECTED_SHA512 pins the digest too. Sourced by the install scripts; prints the verified file's path.
set -euo pipefail

# The hex digest in an Apache .sha512 file, which comes in two shapes:
#   sha512sum's "<hex>  <file>"  and  gpg --print-md's "<file>: <HEX IN GROUPS>" (possibly over several lines).
sha512_from_file() {
    local content
    content=$(cat "$1")
    if [[ $content == *:* ]]; then
        content=${content#*:}
    else
        content=${content%% *}
    fi
    content=$(printf '%s' "$content" | tr -dc '0-9a-fA-F' | tr 'A-F' 'a-f')
    if [[ ${#content} -ne 128 ]]; then
        echo "verify-download: $1 holds no SHA-512 digest" >&2
        return 1
    fi
    printf '%s\n' "$content"
}

verify_apache_download() {
    local url=$1 keys_url=$2 expected=${3:-} work file published actual
    work=$(mktemp -d)
    file=$work/${url##*/}
    curl -fsSL --retry 5 -o "$file" "$url"
    curl -fsSL --retry 5 -o "$file.sha512" "$url.sha512"
    curl -fsSL --retry 5 -o "$file.asc" "$url.asc"
    curl -fsSL --retry 5 -o "$work/KEYS" "$keys_url"

    published=$(sha512_from_file "$file.sha512")
    actual=$(sha512sum "$file" | cut -d' ' -f1)
    if [[ $actual != "$published" ]]; then
        echo "verify-download: ${url##*/} has SHA-512 $actual, the release publishes $published" >&2
        return 1
    fi
    if [[ -n $expected && ${expected,,} != "$actual" ]]; then
        echo "verify-download: ${url##*/} has SHA-512 $actual, the template pins $expected" >&2
        return 1
    fi
    GNUPGHOME=$work/gnupg
    export GNUPGHOME
    mkdir -m 700 "$GNUPGHOME"
    gpg --batch --quiet --import "$work/KEYS"
    if ! gpg --batch --verify "$file.asc" "$file"; then
        echo "verify-download: the signature of ${url##*/} does not verify against $keys_url" >&2
        return 1
    fi
    echo "verify-download: ${url##*/} verified (SHA-512 and signature)" >&2
    printf '%s\n' "$file"
}
