"""What a sandbox needs to know about a function, frozen at cold start like a Lambda execution environment."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from .code_package import CodePackage


@dataclass(frozen=True)
class FunctionConfig:
    name: str
    arn: str
    memory_mb: int
    timeout_seconds: float
    environment: dict[str, str] = field(hash=False)
    code: CodePackage = field(hash=False)

    @property
    def signature(self) -> str:
        """Changes whenever code or configuration changes, which retires the warm sandboxes (as on Lambda)."""
        text = json.dumps([self.arn, self.memory_mb, self.timeout_seconds, self.environment,
                           str(self.code.task_root)], sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()
