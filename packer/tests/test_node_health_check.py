"""health-check prints one JSON object and exits 0 whenever it could check, healthy or not."""
from __future__ import annotations

from pathlib import Path

import pytest

from node_harness import EXPERIMENT, FakeNode

HEALTHY_ZOOKEEPER = {"ruok": "imok", "srvr": "Zookeeper version: 3.9.3\nLatency min/avg/max: 0/0/0\nMode: leader\n"}


def bootstrapped(tmp: Path, role: str, bootstrap: str = "done", **state) -> FakeNode:
    node = FakeNode(tmp, {"instances": [], **state})
    etc = node.root / "etc/pulsar-lab"
    etc.mkdir(parents=True)
    (etc / "node.env").write_text(f"ROLE={role}\nINDEX=0\nEXPERIMENT_ID={EXPERIMENT}\nINSTANCE_ID=i-0abc\n")
    status = node.root / "var/lib/pulsar-lab"
    status.mkdir(parents=True)
    (status / "bootstrap.json").write_text(f'{{"status":"{bootstrap}","role":"{role}","message":"","at":""}}\n')
    return node


def test_a_healthy_broker(tmp_path: Path) -> None:
    node = bootstrapped(tmp_path, "broker", active_units={"pulsar-broker": "active"}, broker_health_code="200")
    result = node.run("health-check")
    assert result.code == 0, result.stderr
    report = result.json()
    assert report == {
        "role": "broker", "instanceId": "i-0abc", "experimentId": EXPERIMENT, "bootstrap": "done",
        "services": {"pulsar-broker": "active"},
        "checks": [{"name": "broker-health", "target": "http://localhost:8080/admin/v2/brokers/health", "ok": True,
                    "detail": "HTTP 200"}],
        "healthy": True,
    }
    assert result.stdout.count("\n") == 1, "exactly one line of JSON"


@pytest.mark.parametrize("state, failing", [
    ({"active_units": {"pulsar-broker": "active"}, "broker_health_code": "500"}, "HTTP 500"),
    ({"active_units": {"pulsar-broker": "activating"}, "broker_health_code": "200"}, "activating"),
    ({"active_units": {"pulsar-broker": "active"}}, "HTTP 000"),
])
def test_an_unhealthy_broker_is_reported_with_exit_status_zero(tmp_path: Path, state: dict, failing: str) -> None:
    node = bootstrapped(tmp_path, "broker", **state)
    result = node.run("health-check")
    assert result.code == 0, result.stderr
    report = result.json()
    assert report["healthy"] is False
    assert failing in result.stdout, report


def test_a_healthy_zookeeper_answers_imok_and_serves(tmp_path: Path) -> None:
    node = bootstrapped(tmp_path, "zookeeper", active_units={"zookeeper": "active"}, zookeeper_answers=HEALTHY_ZOOKEEPER)
    report = node.run("health-check").json()
    assert report["healthy"] is True, report
    assert [(c["name"], c["ok"], c["detail"]) for c in report["checks"]] == \
        [("zookeeper-ruok", True, "imok"), ("zookeeper-quorum", True, "leader")]
    assert {tuple(call["argv"][-2:]) for call in node.calls("nc")} == {("127.0.0.1", "2181")}
    assert {call["stdin"] for call in node.calls("nc")} == {"ruok", "srvr"}


def test_a_zookeeper_without_quorum_is_unhealthy(tmp_path: Path) -> None:
    answers = {"ruok": "imok", "srvr": "This ZooKeeper instance is not currently serving requests\n"}
    node = bootstrapped(tmp_path, "zookeeper", active_units={"zookeeper": "active"}, zookeeper_answers=answers)
    report = node.run("health-check").json()
    assert report["healthy"] is False
    assert report["checks"][1] == {"name": "zookeeper-quorum", "target": "127.0.0.1:2181", "ok": False,
                                   "detail": "not serving (no quorum yet)"}


@pytest.mark.parametrize("open_ports, healthy", [(["3181"], True), ([], False)])
def test_a_bookie_is_healthy_when_its_port_is_open(tmp_path: Path, open_ports: list[str], healthy: bool) -> None:
    node = bootstrapped(tmp_path, "bookkeeper", active_units={"bookkeeper": "active"}, open_ports=open_ports)
    report = node.run("health-check").json()
    assert report["healthy"] is healthy, report
    assert report["checks"][0]["name"] == "bookie-port"


def test_a_failed_bootstrap_makes_the_node_unhealthy_and_is_shown(tmp_path: Path) -> None:
    node = bootstrapped(tmp_path, "broker", bootstrap="failed", active_units={"pulsar-broker": "active"},
                        broker_health_code="200")
    report = node.run("health-check").json()
    assert report["bootstrap"] == "failed" and report["healthy"] is False


def test_the_role_can_be_given_before_bootstrap_ran(tmp_path: Path) -> None:
    node = FakeNode(tmp_path, {"instances": []})
    result = node.run("health-check", "--role", "client")
    assert result.code == 0, result.stderr
    report = result.json()
    assert report["bootstrap"] == "missing" and report["healthy"] is False
    assert report["checks"][0] == {"name": "benchmark-installed", "target": f"{node.root}/opt/benchmark/bin/benchmark",
                                   "ok": True, "detail": "present"}


@pytest.mark.parametrize("arguments, message", [
    ([], "no role"), (["--role", "proxy"], "unknown role 'proxy'"), (["--bogus"], "unknown argument"),
])
def test_a_check_that_cannot_run_exits_non_zero(tmp_path: Path, arguments: list[str], message: str) -> None:
    node = FakeNode(tmp_path, {"instances": []})
    result = node.run("health-check", *arguments)
    assert result.code == 2
    assert message in result.stderr and result.stdout == ""
