#!/usr/bin/env bash
# Apache Pulsar PULSAR_VERSION from the Apache archive, verified (SHA-512 + signature), to /opt/apache-pulsar-<v>,
# linked as /opt/pulsar. Pulsar's shipped configuration is kept as conf/<file>.dist: node-bootstrap renders each
# node's configuration from it.
set -euo pipefail
: "${PULSAR_VERSION:?}"
# shellcheck source-path=SCRIPTDIR source=verify-download.sh
source "$(dirname "$0")/verify-download.sh"

url="https://archive.apache.org/dist/pulsar/pulsar-$PULSAR_VERSION/apache-pulsar-$PULSAR_VERSION-bin.tar.gz"
archive=$(verify_apache_download "$url" "https://downloads.apache.org/pulsar/KEYS" "${PULSAR_SHA512:-}")
tar -xzf "$archive" -C /opt
ln -sfn "/opt/apache-pulsar-$PULSAR_VERSION" /opt/pulsar
for file in zookeeper.conf bookkeeper.conf broker.conf; do
    cp "/opt/pulsar/conf/$file" "/opt/pulsar/conf/$file.dist"
done
chown -R pulsar:pulsar "/opt/apache-pulsar-$PULSAR_VERSION"
/opt/pulsar/bin/pulsar version || /opt/pulsar/bin/pulsar-admin --version || true
rm -rf "$(dirname "$archive")"
