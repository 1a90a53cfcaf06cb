"""Simulated cluster nodes: what moto lacks about EC2 instances (boot, SSM agent, node-side commands).

Everything here is invented by the emulator, not emulated from AWS, and every log line says `simulated`.
"""
