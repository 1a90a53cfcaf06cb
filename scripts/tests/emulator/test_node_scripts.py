"""Simulated nodes run the REAL node-side scripts (packer/files/opt/pulsar-lab/bin/) with fake system commands:
health-check against the modelled services, run-benchmark with the fake OMB, the node role's credentials."""
from __future__ import annotations

import json
import time
from typing import Any, Iterator

import pytest

from emulator.nodes.service_model import ServiceDelays
from emulator.server import Emulator
from emulator_lab import Lab
from emulator_nodes import launch_cluster, online, run_everywhere, user_data, wait_for

HEALTH = "/opt/pulsar-lab/bin/health-check"
CHECKS = {"zookeeper": ["zookeeper-ruok", "zookeeper-quorum"], "bookkeeper": ["bookie-port"],
          "broker": ["broker-health"], "client": ["benchmark-installed", "java"]}
WORKLOAD_YAML = """# test workload
name: "sim-test"
topics: 1
partitionsPerTopic: 4
messageSize: 1024
useRandomizedPayloads: false
payloadFile: "/opt/benchmark/payload/payload-1Kb.data"
subscriptionsPerTopic: 1
consumerPerSubscription: 1
producersPerTopic: 1
producerRate: 5000
testDurationMinutes: 1
warmupDurationMinutes: 0
"""


@pytest.fixture
def fast(lab: Lab) -> Iterator[Lab]:
    lab.emulator.time_scale.factor = 1000  # boot 20 ms, agent 30 ms, services up in ~60 ms
    yield lab


def _ready_cluster(lab: Lab, experiment: str, **options: Any) -> dict[str, list[str]]:
    ids = launch_cluster(lab.emulator, lab.deployment, experiment, **options)
    every = [i for group in ids.values() for i in group]
    wait_for("every node Online", lambda: all(online(lab.emulator, i) for i in every), 10)
    simulation = lab.emulator.node_simulation
    try:
        wait_for("the modelled cluster healthy",
                 lambda: (simulation.cluster_healthy_at(experiment) or float("inf")) <= time.time(), 10)
    except AssertionError as problem:
        states = {i: f"{h.bootstrap}: {h.bootstrap_message}" for i, h in simulation.cluster_health(experiment).items()
                  if h.healthy_at is None or h.healthy_at > time.time()}
        raise AssertionError(f"{problem}; nodes not healthy: {json.dumps(states, indent=1)}") from None
    return ids


def _health(lab: Lab, instance_ids: list[str], *arguments: str) -> dict[str, dict[str, Any]]:
    return run_everywhere(lab.emulator, instance_ids, " ".join([HEALTH, *arguments]), seconds=30)


@pytest.mark.iam_proves("node:ec2:DescribeInstances")
def test_health_check_is_the_real_script_and_reports_each_role_healthy_once_the_cluster_is_up(fast: Lab) -> None:
    ids = _ready_cluster(fast, "health-ok")
    every = [i for group in ids.values() for i in group]
    for instance_id, invocation in _health(fast, every).items():
        assert (invocation["Status"], invocation["ResponseCode"]) == ("Success", 0), invocation
        report = json.loads(invocation["StandardOutputContent"])
        role = next(r for r, group in ids.items() if instance_id in group)
        assert (report["role"], report["instanceId"], report["experimentId"]) == (role, instance_id, "health-ok")
        assert report["bootstrap"] == "done" and report["healthy"] is True, report
        assert [check["name"] for check in report["checks"]] == CHECKS[role], report
        assert all(state == "active" for state in report["services"].values()), report


def test_services_come_up_in_node_bootstraps_order_and_the_script_says_what_is_missing(fast: Lab) -> None:
    ids = _ready_cluster(fast, "health-order")
    simulation = fast.emulator.node_simulation
    nodes = {i: simulation.node(i) for group in ids.values() for i in group}
    times = simulation.model.times(list(nodes.values()))
    factor = nodes[ids["zookeeper"][0]].time_factor  # the model keeps the factor the cluster was launched with
    assert factor == 1000
    zookeeper = [times[i] for i in ids["zookeeper"]]
    bookies = [times[i] for i in ids["bookkeeper"]]
    brokers = [times[i] for i in ids["broker"]]
    # A majority answering `ruok` elects a leader ZOOKEEPER_ELECTION later; a ZooKeeper answering only after that
    # (its node booted later: at factor 1000 the election window is 2 ms, less than a busy machine's timer
    # jitter) has its mode as soon as it answers.
    ruoks = sorted(t.zookeeper_ruok for t in zookeeper)
    quorum = ruoks[len(ruoks) // 2] + ServiceDelays.ZOOKEEPER_ELECTION / factor
    assert all(t.zookeeper_mode == pytest.approx(max(t.zookeeper_ruok, quorum), abs=1e-6) for t in zookeeper), \
        [(t.zookeeper_ruok, t.zookeeper_mode) for t in zookeeper]
    assert all(b.unit_active >= quorum + ServiceDelays.METADATA_INIT / factor for b in bookies), \
        "bookies wait for the metadata broker 0 initialises once ZooKeeper serves"
    assert all((b.port_open - b.unit_active) * factor == pytest.approx(
        ServiceDelays.BOOKIE_START - ServiceDelays.UNIT_ACTIVE, abs=0.01) for b in bookies)  # epoch float precision
    second_bookie = sorted(b.port_open for b in bookies)[1]
    assert all(b.broker_healthy >= max(b.http_listening, second_bookie) for b in brokers)
    # Between "broker listening" and "healthy" the real script reports the broker unhealthy, and why.
    broker = nodes[ids["broker"][0]]
    moment = brokers[0].http_listening + 0.001
    if moment < brokers[0].broker_healthy:
        state = simulation.model.health(broker, brokers[0], moment)
        root = simulation.root(broker)
        root.materialise(state)
        run = simulation.sandbox.run(HEALTH, [], root=root.path, environment={}, timeout_seconds=30)
        report = json.loads(run.stdout)
        assert report["healthy"] is False and report["checks"][0]["detail"] == "HTTP 500", report
    before = simulation.model.health(broker, brokers[0], brokers[0].bootstrap_started - 0.001)
    assert before.bootstrap == "missing"


def test_user_data_that_breaks_node_bootstraps_rules_leaves_the_node_unbootstrapped(fast: Lab) -> None:
    experiment = "health-bad-args"
    ids = launch_cluster(fast.emulator, fast.deployment, experiment, counts=(("broker", 1),),
                         user_data_for=lambda role: user_data(role, experiment, fast.deployment.results_bucket,
                                                              cluster_name="bad name; rm -rf /"))
    node = ids["broker"][0]
    wait_for("Online", lambda: online(fast.emulator, node), 10)
    time.sleep(0.2)
    invocation = _health(fast, [node])[node]
    assert invocation["ResponseCode"] == 2, "without node.env the real script cannot know the role"
    assert "no role" in invocation["StandardErrorContent"]
    report = json.loads(_health(fast, [node], "--role", "broker")[node]["StandardOutputContent"])
    assert report["bootstrap"] == "missing" and report["healthy"] is False
    assert "cluster-name" in (fast.emulator.node_simulation.node(node).bootstrap_problem or "")


def test_a_role_that_is_not_the_nodes_component_tag_fails_its_bootstrap(fast: Lab) -> None:
    experiment = "health-wrong-role"
    ids = launch_cluster(fast.emulator, fast.deployment, experiment, counts=(("broker", 1),),
                         user_data_for=lambda role: user_data(role, experiment, fast.deployment.results_bucket,
                                                              role_argument="bookkeeper"))
    node = ids["broker"][0]
    wait_for("Online", lambda: online(fast.emulator, node), 10)
    time.sleep(0.1)
    report = json.loads(_health(fast, [node])[node]["StandardOutputContent"])
    assert report["bootstrap"] == "failed" and report["healthy"] is False, report


def test_a_command_sent_by_instance_ids_reaches_only_those_nodes(fast: Lab) -> None:
    ids = launch_cluster(fast.emulator, fast.deployment, "health-targets", counts=(("zookeeper", 1), ("client", 1)))
    wait_for("Online", lambda: all(online(fast.emulator, i) for i in ids["zookeeper"] + ids["client"]), 10)
    ssm = fast.emulator.client("ssm")
    command = ssm.send_command(InstanceIds=ids["client"], DocumentName="AWS-RunShellScript",
                               Parameters={"commands": [HEALTH]})["Command"]
    assert command["InstanceIds"] == ids["client"]
    listed = ssm.list_command_invocations(CommandId=command["CommandId"])["CommandInvocations"]
    assert [i["InstanceId"] for i in listed] == ids["client"]


# --- run-benchmark ------------------------------------------------------------------------------------------


def _benchmark_files(lab: Lab, experiment: str, ids: dict[str, list[str]], *, workload: str = WORKLOAD_YAML,
                     broker_ips: list[str] | None = None) -> dict[str, str]:
    ec2, s3 = lab.client("ec2"), lab.client("s3")
    if broker_ips is None:
        described = ec2.describe_instances(InstanceIds=ids["broker"])["Reservations"]
        broker_ips = [i["PrivateIpAddress"] for r in described for i in r["Instances"]]
    driver = ("name: \"Pulsar\"\ndriverClass: \"io.openmessaging.benchmark.driver.pulsar.PulsarBenchmarkDriver\"\n"
              "client:\n  serviceUrl: \"pulsar://" + ",".join(f"{ip}:6650" for ip in broker_ips) + "\"\n"
              f"  httpUrl: \"http://{broker_ips[0]}:8080\"\n  clusterName: \"pulsar-lab\"\n"
              "  persistence:\n    ensembleSize: 3\n    writeQuorum: 3\n    ackQuorum: 2\n"
              "producer:\n  batchingEnabled: true\n  batchingMaxPublishDelayMs: 1\n")
    bucket, prefix = lab.deployment.results_bucket, f"experiments/{experiment}/workloads/0-sim-test"
    s3.put_object(Bucket=bucket, Key=f"{prefix}/workload.yaml", Body=workload.encode())
    s3.put_object(Bucket=bucket, Key=f"{prefix}/driver.yaml", Body=driver.encode())
    uri = f"s3://{bucket}/{prefix}"
    return {"workload": f"{uri}/workload.yaml", "driver": f"{uri}/driver.yaml", "result": f"{uri}/result.json",
            "log": f"{uri}/benchmark.log", "bucket": bucket, "prefix": prefix}


def _run_benchmark(lab: Lab, client: str, files: dict[str, str], timeout: int = 3600) -> dict[str, Any]:
    line = (f"/opt/pulsar-lab/bin/run-benchmark --workload '{files['workload']}' --driver '{files['driver']}' "
            f"--result '{files['result']}' --log '{files['log']}' --region 'us-east-1'")
    return run_everywhere(lab.emulator, [client], line, seconds=60, executionTimeout=[str(timeout)])[client]


def _object(lab: Lab, files: dict[str, str], name: str) -> bytes | None:
    try:
        return lab.client("s3").get_object(Bucket=files["bucket"], Key=f"{files['prefix']}/{name}")["Body"].read()
    except lab.client("s3").exceptions.NoSuchKey:
        return None


def test_run_benchmark_runs_the_real_runner_and_uploads_a_simulated_omb_result(fast: Lab) -> None:
    ids = _ready_cluster(fast, "bench-ok")
    files = _benchmark_files(fast, "bench-ok", ids)
    invocation = _run_benchmark(fast, ids["client"][0], files)
    assert (invocation["Status"], invocation["ResponseCode"]) == ("Success", 0), invocation["StandardErrorContent"]
    summary = json.loads(invocation["StandardOutputContent"].strip().splitlines()[-1])
    assert summary["exitCode"] == 0 and summary["resultUploaded"] is True and summary["result"] == files["result"]
    result = json.loads(_object(fast, files, "result.json") or b"{}")
    assert result["simulated"] is True and result["workload"] == "sim-test" and len(result["publishRate"]) == 6
    assert abs(sum(result["publishRate"]) / 6 - 5000) < 150
    log = (_object(fast, files, "benchmark.log") or b"").decode()
    assert "Pub rate" in log and "Writing test result" in log


def test_a_benchmark_that_exits_1_fails_the_command_with_the_log_uploaded(fast: Lab) -> None:
    ids = _ready_cluster(fast, "bench-fails")
    files = _benchmark_files(fast, "bench-fails", ids)
    fast.emulator.faults.add("benchmark-fails")
    invocation = _run_benchmark(fast, ids["client"][0], files)
    assert (invocation["Status"], invocation["ResponseCode"]) == ("Failed", 1)
    assert _object(fast, files, "result.json") is None
    assert "injected fault" in (_object(fast, files, "benchmark.log") or b"").decode()


def test_a_missing_result_file_still_exits_0_as_the_runner_promises(fast: Lab) -> None:
    ids = _ready_cluster(fast, "bench-no-result")
    files = _benchmark_files(fast, "bench-no-result", ids)
    fast.emulator.faults.add("result-missing")
    invocation = _run_benchmark(fast, ids["client"][0], files)
    assert (invocation["Status"], invocation["ResponseCode"]) == ("Success", 0)
    assert json.loads(invocation["StandardOutputContent"].strip().splitlines()[-1])["resultUploaded"] is False
    assert _object(fast, files, "result.json") is None


def test_omb_cannot_reach_an_address_that_is_not_one_of_the_experiments_brokers(fast: Lab) -> None:
    ids = _ready_cluster(fast, "bench-wrong-broker")
    files = _benchmark_files(fast, "bench-wrong-broker", ids, broker_ips=["10.9.9.9"])
    invocation = _run_benchmark(fast, ids["client"][0], files)
    assert invocation["ResponseCode"] == 1
    assert "Connection refused: /10.9.9.9:6650" in (_object(fast, files, "benchmark.log") or b"").decode()


def test_a_payload_file_of_the_wrong_size_fails_as_omb_does(fast: Lab) -> None:
    ids = _ready_cluster(fast, "bench-payload")
    files = _benchmark_files(fast, "bench-payload", ids, workload=WORKLOAD_YAML.replace("1024", "2000"))
    assert _run_benchmark(fast, ids["client"][0], files)["ResponseCode"] == 1
    assert "Payload length mismatch" in (_object(fast, files, "benchmark.log") or b"").decode()


def test_a_node_without_an_instance_profile_cannot_download_its_inputs(fast: Lab) -> None:
    # Launched with the profile (node-bootstrap needs its credentials to find its peers), then the client loses it,
    # as after DisassociateIamInstanceProfile (the simulation keeps the profile a node was launched with).
    ids = _ready_cluster(fast, "bench-no-profile")
    fast.emulator.fleet.node(ids["client"][0]).instance_profile = None
    files = _benchmark_files(fast, "bench-no-profile", ids)
    invocation = _run_benchmark(fast, ids["client"][0], files)
    assert invocation["ResponseCode"] == 3, "the runner's status when an input cannot be downloaded"
    assert "Unable to locate credentials" in invocation["StandardErrorContent"]


def test_the_node_role_policy_is_enforced_on_the_nodes_own_calls(fast: Lab) -> None:
    ids = _ready_cluster(fast, "bench-iam")
    files = _benchmark_files(fast, "bench-iam", ids)
    iam = fast.client("iam")
    role = fast.deployment.node_instance_profile
    original = iam.get_role_policy(RoleName=role, PolicyName="node")["PolicyDocument"]
    read_only = json.loads(json.dumps(original))
    read_only["Statement"][0]["Action"] = ["s3:GetObject"]
    iam.put_role_policy(RoleName=role, PolicyName="node", PolicyDocument=json.dumps(read_only))
    try:
        invocation = _run_benchmark(fast, ids["client"][0], files)
    finally:
        iam.put_role_policy(RoleName=role, PolicyName="node", PolicyDocument=json.dumps(original))
    assert invocation["ResponseCode"] == 75, "OMB succeeded but the upload was denied: the runner's 75"
    assert "AccessDenied" in invocation["StandardErrorContent"]


def test_a_command_that_outlives_its_execution_timeout_is_killed_as_timed_out(fast: Lab) -> None:
    ids = _ready_cluster(fast, "bench-timeout")
    files = _benchmark_files(fast, "bench-timeout", ids, workload=WORKLOAD_YAML.replace(
        "testDurationMinutes: 1", "testDurationMinutes: 60"))
    fast.emulator.time_scale.factor = 100  # 60 min of OMB = 36 s; the 60 s timeout = 0.6 s (+ grace)
    invocation = _run_benchmark(fast, ids["client"][0], files, timeout=60)
    assert (invocation["Status"], invocation["StatusDetails"]) == ("TimedOut", "ExecutionTimedOut"), \
        invocation["StandardErrorContent"][-2000:]
