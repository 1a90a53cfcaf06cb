"""`python -m emulator [run|serve]` (PYTHONPATH=scripts): what scripts/local-lab calls.

run (default): start the emulator, deploy, run one experiment, print ONE JSON line on stdout (progress on stderr).
  The experiment is statemachine/experiment.asl.json with the spec `{}` once lambda/dist holds the six stage zips;
  until then the demo-echo state machine over the echo fixture (the output says which, and why).
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
from .constants import Defaults, Lab, Paths
from .deploy.deployer import DeployError, deploy_into
from .deploy.deployment import Deployment
from .faults import FaultError, FaultSet
from .server import Emulator

STAGES = ("validate-ami", "apply-infra", "poll-readiness", "run-benchmark", "collect-results", "teardown")
EXPERIMENT = "experiment"
DEMO = "demo-echo"


def missing_stage_zips() -> list[str]:
    return [stage for stage in STAGES if not (Paths.DIST / f"{stage}.zip").is_file()]


def default_state_machine() -> str:
    return EXPERIMENT if not missing_stage_zips() else DEMO


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="local-lab", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", nargs="?", choices=["run", "serve"], default="run")
    parser.add_argument("--spec", type=Path, help="experiment spec (execution input) JSON file; "
                        "default: statemachine/<state machine>.input.json")
    parser.add_argument("--state-machine", default=None,
                        help="file stem under statemachine/ to run (default: experiment once the six stage zips are "
                             "built, else demo-echo)")
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
    options.state_machine = options.state_machine or default_state_machine()
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
            return _serve(emulator, deployment)
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
    if options.state_machine == DEMO and missing_stage_zips():
        print(f"local-lab: DEMO run: lambda/dist lacks {', '.join(missing_stage_zips())}.zip, so this runs the "
              "demo-echo state machine over the echo fixture, not the experiment (build the stages with "
              "lambda/build)", file=sys.stderr)
    print(f"local-lab: emulator at {emulator.endpoint_url} started in {emulator.startup_seconds:.2f} s; "
          f"running {options.state_machine} with {spec_path if spec_path.is_file() else 'the spec {}'}",
          file=sys.stderr)
    try:
        report = run_experiment(emulator, deployment, spec, state_machine=options.state_machine,  # type: ignore[arg-type]
                                progress=sys.stderr)
    except ValueError as problem:
        print(f"local-lab: {problem}", file=sys.stderr)
        return 1
    report["emulatorStartupSeconds"] = round(emulator.startup_seconds or 0.0, 3)
    report["faults"] = options.fault
    if options.state_machine == DEMO:
        report["demo"] = "demo-echo over the echo fixture, not the experiment: " + (
            f"lambda/dist lacks {', '.join(missing_stage_zips())}" if missing_stage_zips() else "asked for")
    print(f"local-lab: {report['status']} in {report['wallSeconds']} s real ({emulator.time_scale.describe()}); "
          f"report: {report.get('report') or 'none'}; left behind: "
          f"{', '.join(report['leftoverResources']) or 'nothing tagged with the experiment'}", file=sys.stderr)
    output = {key: value for key, value in report.items() if key != "output"}
    print(json.dumps(output, separators=(",", ":")))
    return 0 if report["status"] == "SUCCEEDED" and not report["leftoverResources"] else 1


def _serve(emulator: Emulator, deployment: Deployment) -> int:
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    print(f"# Pulsar AWS Lab emulator at {emulator.endpoint_url} (IAM enforced, admin credentials below;"
          f" {emulator.time_scale.describe()}). Paste into a shell, then use the AWS CLI or the lab CLI:")
    # What scripts/deploy writes from Terraform's lab_config output, for the lab CLI (LAB_CONFIG).
    lab_config = emulator.work_dir / "lab-config.json"
    lab_config.write_text(json.dumps(deployment.lab_config(region=Lab.REGION, account_id=Lab.ACCOUNT_ID,
                                                           name_prefix=Lab.NAME_PREFIX,
                                                           time_factor=emulator.time_scale.factor), indent=2) + "\n")
    for key, value in {**emulator.environment(), "LAB_CONFIG": str(lab_config)}.items():
        print(f"export {key}={value}")
    print(f"# deployed: {json.dumps(deployment.as_dict())}")
    print("# Ctrl-C stops the emulator.", flush=True)
    stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
