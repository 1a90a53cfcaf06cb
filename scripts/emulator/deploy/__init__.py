"""Deploys into the emulator what Terraform deploys on AWS, from the same files (policies, ASL, zips)."""
