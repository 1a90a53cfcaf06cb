"""Static tests of terraform/ (python-hcl2), run by `.venv/bin/pytest terraform/tests` and scripts/test.

They import the emulated lab's deploy rules from scripts/ (templates, variables, function settings), so Terraform
and the lab are compared, not described twice.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
