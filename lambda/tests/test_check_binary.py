"""lambda/check-binary must fail on binaries that would not load on provided.al2023, and pass the rest.

Each case builds a tiny C program with the host compiler, so the test proves the check can fail for
each reason it exists: a GLIBC_2.35 symbol, a library Lambda does not ship, a binary over budget.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT / "lambda" / "check-binary"

pytestmark = pytest.mark.skipif(shutil.which("cc") is None, reason="needs a C compiler (cc) to build test binaries")


def build(tmp_path: Path, name: str, source: str, *flags: str) -> Path:
    c_file = tmp_path / f"{name}.c"
    c_file.write_text(source)
    binary = tmp_path / name
    subprocess.run(["cc", "-O1", "-o", str(binary), str(c_file), *flags], check=True)
    return binary


def check(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(CHECK), *args], capture_output=True, text=True)


PLAIN = "#include <stdio.h>\nint main(void) { puts(\"hi\"); return 0; }\n"
HYPOT = (
    "#include <math.h>\n#include <stdio.h>\n"
    "int main(int c, char **v) { (void)v; printf(\"%f\\n\", hypot(c + 2.0, 4.0)); return 0; }\n"
)


def test_plain_binary_passes(tmp_path):
    result = check(str(build(tmp_path, "plain", PLAIN)))
    assert result.returncode == 0, result.stderr
    assert ": ok (GLIBC" in result.stdout


def test_binary_needing_glibc_2_35_fails_and_names_the_symbol(tmp_path):
    binary = build(tmp_path, "hypot", HYPOT, "-lm")
    versions = subprocess.run(["objdump", "-T", str(binary)], capture_output=True, text=True).stdout
    if "GLIBC_2.35" not in versions:
        pytest.skip("this host's glibc binds hypot below 2.35, so it cannot produce the failing binary")
    result = check(str(binary))
    assert result.returncode == 1
    assert "needs GLIBC_2.35" in result.stderr
    assert "hypot" in result.stderr


def test_glibc_compat_shim_pins_hypot_below_2_35(tmp_path):
    """The same program linked with the project's shim and --wrap needs nothing above 2.34."""
    shim = ROOT / "Sources" / "GlibcCompat" / "hypot_compat.c"
    include = ROOT / "Sources" / "GlibcCompat" / "include"
    binary = build(
        tmp_path, "hypot_pinned", HYPOT, str(shim), f"-I{include}", "-lm",
        "-Wl,--wrap=hypot", "-Wl,--wrap=hypotf",
    )
    result = check(str(binary))
    assert result.returncode == 0, result.stderr
    output = subprocess.run([str(binary)], capture_output=True, text=True)
    assert output.stdout.strip() == "5.000000", "the pinned hypot must still compute hypot(3, 4)"


def test_library_lambda_does_not_ship_fails(tmp_path):
    gnutls_curl = Path("/usr/lib/x86_64-linux-gnu/libcurl-gnutls.so.4")
    if not gnutls_curl.exists():
        pytest.skip("libcurl-gnutls.so.4 is not installed to link against")
    binary = build(tmp_path, "gnutls", PLAIN, "-Wl,--no-as-needed", str(gnutls_curl))
    result = check(str(binary))
    assert result.returncode == 1
    assert "libcurl-gnutls.so.4, which provided.al2023 does not ship" in result.stderr


def test_binary_over_budget_fails(tmp_path):
    binary = build(tmp_path, "plain", PLAIN)
    result = check("--max-bytes", "1000", str(binary))
    assert result.returncode == 1
    assert "over the budget of 1000 bytes" in result.stderr


def test_every_problem_of_every_file_is_reported(tmp_path):
    plain = build(tmp_path, "plain", PLAIN)
    missing = tmp_path / "missing"
    result = check("--max-bytes", "1000", str(plain), str(missing))
    assert result.returncode == 1
    assert "over the budget" in result.stderr
    assert "missing: no such file" in result.stderr
