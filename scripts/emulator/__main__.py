"""`python -m emulator [run|serve]` (PYTHONPATH=scripts): what scripts/local-lab calls.

run (default): start the emulator, deploy, run one experiment, print ONE JSON line on stdout (progress on stderr).
serve: start and deploy, print the endpoint and the environment to use it, keep serving until interrupted.
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path

from . import jsonlog
from .constants import Defaults, Paths
from .deploy.deployer import DeployError, deploy_into
from .faults import FaultError, FaultSet
from .server import Emulator


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="local-lab", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", nargs="?", choices=["run", "serve"], default="run")
    parser.add_argument("--spec", type=Path, help="experiment spec (execution input) JSON file; "
                        "default: statemachine/<state machine>.input.json")
    parser.add_argument("--state-machine", default="demo-echo", help="file stem under statemachine/ to run")
    parser.add_argument("--time-factor", type=float, default=Defaults.TIME_FACTOR,
                        help="Retry/Wait intervals and simulated delays run N times faster (default 10)")
    parser.add_argument("--fault", action="append", default=[], metavar="NAME",
                        help="inject a fault (repeatable): a preset, service:Action=ErrorCode, "
                             "bootstrap-crash:<function>, or a JSON file (docs/emulated-lab.md)")
    parser.add_argument("--port", type=int, default=0, help="port for serve (default: a free one)")
    parser.add_argument("--verbose", action="store_true", help="show every emulator log line (JSON) on stderr")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    options = _arguments(argv)
    jsonlog.configure(minimum="debug" if options.verbose or options.command == "serve" else "warning")
    faults = FaultSet()
    try:
        for name in options.fault:
            faults.add(name)
    except FaultError as problem:
        print(f"local-lab: {problem}", file=sys.stderr)
        return 2
    if options.command == "run":
        try:
            options.loaded_spec = _load_spec(options)
        except ValueError as problem:
            print(f"local-lab: {problem}", file=sys.stderr)
            return 2
    emulator = Emulator(port=options.port, time_factor=options.time_factor, faults=faults,
                        verbose_moto=options.verbose)
    emulator.start()
    try:
        try:
            _, deployment = deploy_into(emulator)
        except DeployError as problem:
            print(f"local-lab: deploy failed: {problem}", file=sys.stderr)
            return 1
        if options.command == "serve":
            return _serve(emulator, deployment.as_dict())
        return _run(emulator, deployment, options)
    finally:
        emulator.stop()


def _load_spec(options: argparse.Namespace) -> tuple[Path, dict]:
    """The execution input: --spec, else the state machine's default input file, else {}."""
    spec_path = options.spec or Paths.STATE_MACHINES / f"{options.state_machine}.input.json"
    if options.spec is not None and not spec_path.is_file():
        raise ValueError(f"--spec {spec_path} does not exist")
    try:
        return spec_path, json.loads(spec_path.read_text()) if spec_path.is_file() else {}
    except ValueError as problem:
        raise ValueError(f"{spec_path} is not JSON: {problem}") from problem


def _run(emulator: Emulator, deployment: object, options: argparse.Namespace) -> int:
    from .lab.run import run_experiment

    spec_path, spec = options.loaded_spec
    print(f"local-lab: emulator at {emulator.endpoint_url} started in {emulator.startup_seconds:.2f} s; "
          f"running {options.state_machine} with {spec_path if spec_path.is_file() else 'an empty spec'}",
          file=sys.stderr)
    report = run_experiment(emulator, deployment, spec, state_machine=options.state_machine,  # type: ignore[arg-type]
                            progress=sys.stderr)
    report["emulatorStartupSeconds"] = round(emulator.startup_seconds or 0.0, 3)
    report["faults"] = options.fault
    print(json.dumps(report, separators=(",", ":")))
    return 0 if report["status"] == "SUCCEEDED" and not report["leftoverResources"] else 1


def _serve(emulator: Emulator, deployment: dict[str, object]) -> int:
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    print(f"# Pulsar AWS Lab emulator at {emulator.endpoint_url} (IAM enforced, admin credentials below;"
          f" {emulator.time_scale.describe()}). Paste into a shell, then use the AWS CLI or the lab CLI:")
    for key, value in emulator.environment().items():
        print(f"export {key}={value}")
    print(f"# deployed: {json.dumps(deployment)}")
    print("# Ctrl-C stops the emulator.", flush=True)
    stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
