#!/usr/bin/env bash
# Packages from Amazon Linux 2023's own repositories (dnf checks their signatures): the JDK (Amazon Corretto 17,
# which Pulsar 3/4 and OpenMessaging Benchmark need), netcat for the health check, XFS tools for the bookie disks,
# git and the build tools for OMB.
set -euo pipefail
dnf -y -q install java-17-amazon-corretto-headless java-17-amazon-corretto-devel nmap-ncat xfsprogs nvme-cli \
    git tar gzip gnupg2 jq
java -version
id pulsar >/dev/null 2>&1 || useradd --system --home-dir /opt/pulsar --shell /sbin/nologin pulsar
install -d -o pulsar -g pulsar /var/log/pulsar /var/lib/pulsar-lab /var/lib/pulsar-lab/data
install -d /etc/pulsar-lab
