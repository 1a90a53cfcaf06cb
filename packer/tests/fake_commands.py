"""One fake for every system command the node-side scripts run (aws, systemctl, curl, nc, pulsar, benchmark, the
disk tools, sleep, chown). Installed as symlinks named after the commands in a folder put first on PATH.

Each call is appended to $STUB_CALLS/<command>.jsonl as {"argv": [...], "cwd": ..., "stdin": ...}; what a fake
answers comes from the JSON file $STUB_STATE (the test's model of the node, its peers and S3), which fakes may
update (initialize-cluster-metadata marks the metadata as existing).
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import jmespath

STATE = Path(os.environ["STUB_STATE"])
CALLS = Path(os.environ["STUB_CALLS"])
S3 = Path(os.environ["STUB_S3"])


def state() -> dict:
    return json.loads(STATE.read_text())


def save(data: dict) -> None:
    STATE.write_text(json.dumps(data))


def record(name: str, argv: list[str], stdin: str = "") -> None:
    CALLS.mkdir(parents=True, exist_ok=True)
    with (CALLS / f"{name}.jsonl").open("a") as handle:
        handle.write(json.dumps({"argv": argv, "cwd": os.getcwd(), "stdin": stdin}) + "\n")


def option(argv: list[str], name: str) -> str | None:
    return argv[argv.index(name) + 1] if name in argv else None


def text_output(value) -> str:
    """The AWS CLI's text output for what the scripts query: rows of lists, a list of scalars, a scalar."""
    if value is None:
        return "None"
    if isinstance(value, list):
        if value and all(isinstance(v, list) for v in value):
            return "\n".join("\t".join("None" if c is None else str(c) for c in row) for row in value)
        return "\t".join(str(v) for v in value)
    return str(value)


def aws(argv: list[str]) -> int:
    if argv[:2] == ["ec2", "describe-instances"]:
        instances = state()["instances"]
        ids = option(argv, "--instance-ids")
        if ids:
            instances = [i for i in instances if i["InstanceId"] == ids]
        if "--filters" in argv:
            start = argv.index("--filters") + 1
            for spec in argv[start:]:
                if not spec.startswith("Name="):
                    break
                name, values = spec[len("Name="):].split(",Values=")
                wanted = values.split(",")
                if name.startswith("tag:"):
                    key = name[4:]
                    instances = [i for i in instances
                                 if any(t["Key"] == key and t["Value"] in wanted for t in i.get("Tags", []))]
                elif name == "instance-state-name":
                    instances = [i for i in instances if i["State"]["Name"] in wanted]
        document = {"Reservations": [{"Instances": [i]} for i in instances]}
        query = option(argv, "--query")
        result = jmespath.search(query, document) if query else document
        print(text_output(result) if option(argv, "--output") == "text" else json.dumps(result))
        return 0
    if argv[:2] == ["s3", "cp"]:
        paths = [a for a in argv[2:] if not a.startswith("--") and a != option(argv, "--region")]
        source, target = paths[-2], paths[-1]
        def local(uri: str) -> Path:
            return S3 / uri[len("s3://"):]
        if source.startswith("s3://"):
            if not local(source).is_file():
                print(f"fatal error: An error occurred (404) when calling the HeadObject operation: Key "
                      f"\"{source}\" does not exist", file=sys.stderr)
                return 1
            Path(target).write_bytes(local(source).read_bytes())
        else:
            if state().get("s3_upload_fails"):
                print("upload failed: AccessDenied", file=sys.stderr)
                return 1
            local(target).parent.mkdir(parents=True, exist_ok=True)
            local(target).write_bytes(Path(source).read_bytes())
        return 0
    print(f"fake aws: unexpected call {argv}", file=sys.stderr)
    return 255


def curl(argv: list[str]) -> int:
    url = next(a for a in argv if a.startswith("http"))
    data = state()
    if url.endswith("/latest/api/token"):
        print("token-123", end="")
    elif url.endswith("/meta-data/instance-id"):
        print(data["instance_id"], end="")
    elif url.endswith("/admin/v2/brokers/health"):
        print(data.get("broker_health_code", "000"), end="")
        return 0 if data.get("broker_health_code") else 7
    else:
        return 22
    return 0


def nc(argv: list[str], stdin: str) -> int:
    data = state()
    port = argv[-1]
    if "-z" in argv:
        return 0 if port in data.get("open_ports", []) else 1
    answer = data.get("zookeeper_answers", {}).get(stdin)
    if answer is None:
        return 1
    print(answer, end="")
    return 0


def systemctl(argv: list[str]) -> int:
    if argv[0] == "is-active":
        status = state().get("active_units", {}).get(argv[1], "inactive")
        print(status)
        return 0 if status == "active" else 3
    return 0


def pulsar(argv: list[str]) -> int:
    data = state()
    if argv[0] == "zookeeper-shell":
        path = argv[-1]
        cluster = data.get("metadata_cluster")
        if not cluster:
            print(f"Node does not exist: {path}", file=sys.stderr)
            return 1
        print("[global, %s]" % cluster if path == "/admin/clusters" else "[INSTANCEID, available, cookies]")
        return 0
    if argv[0] == "initialize-cluster-metadata":
        data["metadata_cluster"] = option(argv, "--cluster")
        save(data)
        return 0
    return 1


def benchmark(argv: list[str]) -> int:
    data = state()
    print("12:00:00.000 [main] INFO Benchmark - Starting benchmark")
    output = option(argv, "--output")
    if data.get("benchmark_writes_result", True) and output:
        Path(output).write_text(json.dumps({"workload": "fake", "publishRate": [1.0]}))
    print(f"12:00:01.000 [main] INFO Benchmark - exiting with {data.get('benchmark_exit', 0)}")
    return int(data.get("benchmark_exit", 0))


def blkid(argv: list[str]) -> int:
    device, field = argv[-1], option(argv, "-s")
    formatted = state().get("formatted", [])
    if field == "TYPE":
        if device in formatted:
            print("xfs")
        return 0 if device in formatted else 2
    print("uuid-" + Path(device).name)
    return 0


def mkfs_xfs(argv: list[str]) -> int:
    data = state()
    data.setdefault("formatted", []).append(argv[-1])
    save(data)
    return 0


def main(name: str) -> int:
    argv = sys.argv[1:]
    stdin = sys.stdin.read() if name == "nc" and sys.stdin is not None and not sys.stdin.isatty() else ""
    record(name, argv, stdin)
    handlers = {
        "aws": lambda: aws(argv), "curl": lambda: curl(argv), "nc": lambda: nc(argv, stdin),
        "systemctl": lambda: systemctl(argv), "pulsar": lambda: pulsar(argv), "benchmark": lambda: benchmark(argv),
        "blkid": lambda: blkid(argv), "mkfs.xfs": lambda: mkfs_xfs(argv),
        "mountpoint": lambda: 1, "mount": lambda: 0, "chown": lambda: 0, "sleep": lambda: 0,
        "bookkeeper": lambda: 0,
    }
    return handlers[name]()


