#!/bin/bash
# Pulsar AWS Lab node, rendered by apply-infra: node-bootstrap does the work (docs/node-contract.md).
# Every value is a single-quoted word, so nothing in it is expanded by the shell.
set -euo pipefail
exec '/opt/pulsar-lab/bin/node-bootstrap' --role 'bookkeeper' --experiment-id 'exp-20261126-142501-k3x9qa' --region 'us-east-1' --bucket 'pulsar-aws-lab-results-123456789012' --cluster-name 'pulsar-lab' --zookeeper-count '3'
