"""Tests of the pulsar-base AMI's node-side scripts and template: `.venv/bin/pytest packer/tests`."""
