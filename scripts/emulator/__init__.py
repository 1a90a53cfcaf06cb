"""Emulated AWS for Pulsar AWS Lab: moto, patched where it lacks what the lab needs, run in-process.

Development and test tooling only; the product is Swift. Start with `python -m emulator --help`
(PYTHONPATH=scripts) or, better, `scripts/local-lab`. docs/emulated-lab.md explains every part.
"""
