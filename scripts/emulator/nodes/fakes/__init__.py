"""Fake system commands for simulated nodes: the real node-side scripts (packer/files/opt/pulsar-lab/bin/) run
with these first on PATH, so they see the simulated node instead of a real one (node_sandbox.py installs them).

Shell fakes (systemctl, nc, curl, java, bookkeeper) answer from the files the simulation writes under
$PULSAR_LAB_SIM (the node's state at the moment the command runs: nodes/node_root.py); `sleep` waits the time
divided by the time factor; `aws` (aws_cli.py) copies S3 objects against the emulator with the node's role; OMB's
`benchmark` (omb_benchmark.py) writes a simulated result (nodes/omb_model.py).
"""
