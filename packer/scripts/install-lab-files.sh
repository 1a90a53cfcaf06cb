#!/usr/bin/env bash
# The node contract (docs/node-contract.md): scripts under /opt/pulsar-lab, systemd units for zookeeper, bookkeeper
# and pulsar-broker. The units are installed but NOT enabled: node-bootstrap enables the one its role runs.
set -euo pipefail
source_dir=${1:-/tmp/pulsar-lab-files}
install -d /opt/pulsar-lab/bin /opt/pulsar-lab/lib
install -m 0755 "$source_dir"/opt/pulsar-lab/bin/* /opt/pulsar-lab/bin/
install -m 0644 "$source_dir"/opt/pulsar-lab/lib/* /opt/pulsar-lab/lib/
install -m 0644 "$source_dir"/etc/systemd/system/*.service /etc/systemd/system/
systemctl daemon-reload
for unit in zookeeper bookkeeper pulsar-broker; do
    systemd-analyze verify "/etc/systemd/system/$unit.service"
    if systemctl is-enabled --quiet "$unit"; then
        echo "install-lab-files: $unit must not be enabled in the image" >&2
        exit 1
    fi
done
rm -rf "$source_dir"
