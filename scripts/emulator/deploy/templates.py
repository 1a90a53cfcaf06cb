"""Renders `${name}` placeholders exactly as Terraform's `templatefile` does for plain interpolations.

The one place the substitution rules live (docs/emulated-lab.md repeats them for readers):
- `${name}` is replaced by the variable's value, verbatim (no JSON escaping: values are names and ARNs);
- `$${` is a literal `${` (Terraform's escape);
- a name that is not a variable is an error naming the file and the variable, as Terraform's is;
- directives (`%{ if }`, `%{ for }`) are not supported here and are refused, so Terraform and the lab cannot
  render a file differently. Templates only use plain interpolation.
See: https://developer.hashicorp.com/terraform/language/functions/templatefile
"""
from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"\$\$\{|%\{|\$\{([^}]*)\}")


class TemplateError(ValueError):
    pass


def render(text: str, variables: dict[str, str], *, source: str) -> str:
    def substitute(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "$${":
            return "${"
        if token == "%{":
            raise TemplateError(f"{source}: template directives (%{{...}}) are not supported; use plain ${{name}}")
        name = match.group(1).strip()
        if name not in variables:
            raise TemplateError(f"{source}: unknown placeholder ${{{name}}}; known: {', '.join(sorted(variables))}")
        return variables[name]

    return _PLACEHOLDER.sub(substitute, text)


def placeholders(text: str) -> set[str]:
    """The variable names a template uses (for checks that Terraform passes each one)."""
    return {m.group(1).strip() for m in _PLACEHOLDER.finditer(text) if m.group(1) is not None}
