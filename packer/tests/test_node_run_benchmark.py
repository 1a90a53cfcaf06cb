"""run-benchmark takes its inputs from S3, runs OMB, puts the result in S3 and exits with OMB's status."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from node_harness import BUCKET, FakeNode

PREFIX = f"s3://{BUCKET}/experiments/exp-1/workloads/0-smoke"
ARGUMENTS = ["--workload", f"{PREFIX}/workload.yaml", "--driver", f"{PREFIX}/driver.yaml",
             "--result", f"{PREFIX}/result.json", "--log", f"{PREFIX}/benchmark.log", "--region", "us-east-1"]


@pytest.fixture
def node(tmp_path: Path) -> FakeNode:
    node = FakeNode(tmp_path, {"instances": []})
    folder = node.s3 / BUCKET / "experiments/exp-1/workloads/0-smoke"
    folder.mkdir(parents=True)
    (folder / "workload.yaml").write_text("name: \"smoke\"\n")
    (folder / "driver.yaml").write_text("name: \"Pulsar\"\n")
    return node


def uploaded(node: FakeNode, name: str) -> Path:
    return node.s3 / BUCKET / "experiments/exp-1/workloads/0-smoke" / name


def test_a_successful_run_uploads_the_result_and_the_log_and_exits_zero(node: FakeNode) -> None:
    result = node.run("run-benchmark", *ARGUMENTS)
    assert result.code == 0, result.stderr
    assert json.loads(uploaded(node, "result.json").read_text())["workload"] == "fake"
    assert "Starting benchmark" in uploaded(node, "benchmark.log").read_text()
    [call] = node.calls("benchmark")
    run_dir = Path(call["argv"][1]).parent
    assert call["argv"] == ["--drivers", f"{run_dir}/driver.yaml", "--output", f"{run_dir}/result.json",
                            f"{run_dir}/workload.yaml"]
    assert call["cwd"] == str(node.root / "opt/benchmark"), "OMB's classpath (lib/*) is relative to its folder"
    assert (run_dir / "workload.yaml").read_text() == "name: \"smoke\"\n"
    summary = json.loads(result.stdout)
    assert summary["exitCode"] == 0 and summary["resultUploaded"] is True and summary["result"] == f"{PREFIX}/result.json"


def test_a_failed_run_exits_with_omb_status_and_still_uploads_the_log(node: FakeNode) -> None:
    node.update(benchmark_exit=1, benchmark_writes_result=False)
    result = node.run("run-benchmark", *ARGUMENTS)
    assert result.code == 1, result.stderr
    assert not uploaded(node, "result.json").exists()
    assert "exiting with 1" in uploaded(node, "benchmark.log").read_text()
    assert json.loads(result.stdout)["resultUploaded"] is False


@pytest.mark.parametrize("status", [1, 3, 42])
def test_the_exit_status_is_omb_s(node: FakeNode, status: int) -> None:
    node.update(benchmark_exit=status)
    assert node.run("run-benchmark", *ARGUMENTS).code == status


def test_the_result_travels_through_s3_not_the_command_output(node: FakeNode) -> None:
    result = node.run("run-benchmark", *ARGUMENTS)
    assert "publishRate" not in result.stdout and "publishRate" in uploaded(node, "result.json").read_text()


def test_a_result_that_cannot_be_uploaded_is_not_success(node: FakeNode) -> None:
    node.update(s3_upload_fails=True)
    result = node.run("run-benchmark", *ARGUMENTS)
    assert result.code == 75
    assert "could not upload the result" in result.stderr


def test_a_missing_input_file_stops_before_omb(node: FakeNode) -> None:
    uploaded(node, "driver.yaml").unlink()
    result = node.run("run-benchmark", *ARGUMENTS)
    assert result.code == 3 and "could not download" in result.stderr
    assert not node.calls("benchmark")


@pytest.mark.parametrize("bad", ["/tmp/workload.yaml", "s3://bucket", "s3://b/k;rm -rf /", "s3://b/$(id)"])
def test_locations_must_be_s3_uris(node: FakeNode, bad: str) -> None:
    arguments = list(ARGUMENTS)
    arguments[1] = bad
    result = node.run("run-benchmark", *arguments)
    assert result.code == 2 and "--workload must be an s3://bucket/key URI" in result.stderr
    assert not node.calls("aws") and not node.calls("benchmark")
