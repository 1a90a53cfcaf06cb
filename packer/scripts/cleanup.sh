#!/usr/bin/env bash
# Leaves nothing instance-specific in the image.
set -euo pipefail
dnf -y -q remove java-17-amazon-corretto-devel git || true
dnf clean all
rm -rf /tmp/* /var/tmp/* /root/.m2 /root/.cache
truncate -s 0 /etc/machine-id
cloud-init clean --logs
