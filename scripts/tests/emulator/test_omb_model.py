"""The simulated OMB result: the shape of real OMB results, the stated model, and the simulation stamp."""
from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import pytest

from emulator.constants import Paths
from emulator.nodes import omb_model
from emulator.nodes.omb_model import ClusterShape, java_double, synthesise

SHARED_RESULTS = Paths.REPO_ROOT.parent / "shared" / "testdata" / "omb" / "results"
STAMP_SOURCE = Paths.REPO_ROOT / "Sources" / "LabCore" / "Report" / "SimulationStamp.swift"
WORKLOAD = {"name": "1-topic-16-partitions-1kb", "topics": 1, "partitionsPerTopic": 16, "messageSize": 1024,
            "subscriptionsPerTopic": 1, "consumerPerSubscription": 1, "producersPerTopic": 1, "producerRate": 10000,
            "testDurationMinutes": 5, "warmupDurationMinutes": 1}
DRIVER = {"name": "Pulsar", "client": {"persistence": {"ensembleSize": 3, "writeQuorum": 3, "ackQuorum": 2}},
          "producer": {"batchingEnabled": True, "batchingMaxPublishDelayMs": 1}}
DEV_CLUSTER = ClusterShape(bookies=3, brokers=2)


def _shape(value: Any) -> str:
    """A JSON value's type as a comparable word: list and map element types included."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, list):
        return "list[" + (",".join(sorted({_shape(v) for v in value})) or "empty") + "]"
    if isinstance(value, dict):
        keys = ",".join(sorted({type(k).__name__ for k in value}))
        return f"map[{keys}->" + (",".join(sorted({_shape(v) for v in value.values()})) or "empty") + "]"
    return type(value).__name__


def _shared_files() -> list[Path]:
    if not SHARED_RESULTS.is_dir():
        pytest.skip(f"{SHARED_RESULTS} is absent (it lives beside the repository, in ../shared, which a clone of "
                    "the repository does not have): the comparison with real OMB results cannot run")
    files = sorted(SHARED_RESULTS.glob("*.json"))
    assert files, f"{SHARED_RESULTS} holds no OMB result files"
    return files


def _real(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text())


def _is_modern(document: dict[str, Any]) -> bool:
    return "publishDelayLatencyAvg" in document


def test_the_synthesised_result_has_the_fields_and_types_of_every_real_omb_result() -> None:
    synthesised = synthesise(WORKLOAD, DRIVER, DEV_CLUSTER, seed="shape")
    compared = 0
    for path in _shared_files():
        real = _real(path)
        missing = sorted(set(real) - set(synthesised))
        assert not missing, f"{path.name}: fields real OMB writes that the simulation lacks: {missing}"
        if _is_modern(real):
            extra = sorted(set(synthesised) - set(real) - {"simulated", "simulationModel"})
            assert not extra, f"{path.name} (modern format): the simulation writes fields OMB does not: {extra}"
            assert [k for k in synthesised if k in real] == list(real), \
                f"{path.name}: the simulation's field order differs from OMB's"
        mistyped = {key: (_shape(synthesised[key]), _shape(real[key])) for key in real
                    if _shape(synthesised[key]) != _shape(real[key])}
        assert not mistyped, f"{path.name}: fields typed differently (simulated, real): {mistyped}"
        compared += 1
    modern = [p.name for p in _shared_files() if _is_modern(_real(p))]
    assert modern, "no modern-format (62-field) file among the shared results to compare the full shape with"
    print(f"compared with {compared} real OMB results ({len(modern)} modern); 62 OMB fields + 2 stamp fields")


def test_the_stamp_uses_the_keys_the_report_renderer_shows_a_banner_for() -> None:
    source = STAMP_SOURCE.read_text()
    simulated_key = re.search(r'simulatedKey = "([^"]+)"', source)
    model_key = re.search(r'modelKey = "([^"]+)"', source)
    assert simulated_key and model_key, f"{STAMP_SOURCE} no longer names its keys as this test expects"
    result = synthesise(WORKLOAD, DRIVER, DEV_CLUSTER, seed="stamp")
    assert result[simulated_key.group(1)] is True
    assert isinstance(result[model_key.group(1)], str) and omb_model.MODEL_NAME in result[model_key.group(1)]


def test_one_sample_per_ten_seconds_of_the_measured_duration() -> None:
    for minutes in (1, 5, 15):
        result = synthesise(dict(WORKLOAD, testDurationMinutes=minutes), DRIVER, DEV_CLUSTER, seed="samples")
        lengths = {key: len(value) for key, value in result.items() if isinstance(value, list)}
        assert set(lengths.values()) == {minutes * 6}, lengths


def test_achieved_rate_is_the_target_below_capacity_and_capped_above_it() -> None:
    capacity = omb_model.rates(WORKLOAD, DRIVER, DEV_CLUSTER).capacity
    below = synthesise(WORKLOAD, DRIVER, DEV_CLUSTER, seed="rate")
    mean = sum(below["publishRate"]) / len(below["publishRate"])
    assert abs(mean - 10000) / 10000 < 0.02, mean
    above = synthesise(dict(WORKLOAD, producerRate=10 * capacity), DRIVER, DEV_CLUSTER, seed="rate")
    mean_above = sum(above["publishRate"]) / len(above["publishRate"])
    assert mean_above < capacity and abs(mean_above / capacity - omb_model.SATURATED_FRACTION) < 0.03
    assert above["aggregatedPublishLatency99pct"] > 5 * below["aggregatedPublishLatency99pct"], \
        "a saturated cluster must show queueing in its latency"
    search = synthesise(dict(WORKLOAD, producerRate=0), DRIVER, DEV_CLUSTER, seed="rate")
    assert abs(sum(search["publishRate"]) / len(search["publishRate"]) / capacity - omb_model.MAX_RATE_FRACTION) < 0.03


def test_capacity_follows_bookies_write_quorum_and_message_size() -> None:
    base = omb_model.rates(WORKLOAD, DRIVER, DEV_CLUSTER).capacity
    assert omb_model.rates(WORKLOAD, DRIVER, ClusterShape(6, 4)).capacity == pytest.approx(2 * base)
    assert omb_model.rates(dict(WORKLOAD, messageSize=2048), DRIVER, DEV_CLUSTER).capacity == pytest.approx(base / 2)
    two_copies = {**DRIVER, "client": {"persistence": {"writeQuorum": 2}}}
    assert omb_model.rates(WORKLOAD, two_copies, DEV_CLUSTER).capacity == pytest.approx(base * 1.5)


def test_latencies_follow_the_stated_lognormal_and_units() -> None:
    result = synthesise(WORKLOAD, DRIVER, DEV_CLUSTER, seed="latency")
    rho = omb_model.rates(WORKLOAD, DRIVER, DEV_CLUSTER).rho
    median = (omb_model.BASE_PUBLISH_MS + 0.5) / (1 - rho)
    assert result["aggregatedPublishLatency50pct"] == pytest.approx(median, abs=0.001)
    p99 = median * math.exp(omb_model.PUBLISH_SIGMA * 2.3263478740408408)
    assert result["aggregatedPublishLatency99pct"] == pytest.approx(p99, abs=0.002)
    assert all(isinstance(v, int) for v in result["publishDelayLatency99pct"]), "publish delay is whole us"
    assert all(v == round(v) for v in result["endToEndLatency50pct"]), "end-to-end latency is whole ms"


def test_quantile_maps_are_keyed_as_java_prints_percentiles_and_end_at_the_maximum() -> None:
    result = synthesise(WORKLOAD, DRIVER, DEV_CLUSTER, seed="quantiles")
    for name, maximum in (("aggregatedPublishLatencyQuantiles", "aggregatedPublishLatencyMax"),
                          ("aggregatedPublishDelayLatencyQuantiles", "aggregatedPublishDelayLatencyMax"),
                          ("aggregatedEndToEndLatencyQuantiles", "aggregatedEndToEndLatencyMax")):
        quantiles = result[name]
        percentiles = [float(key) for key in quantiles]
        assert percentiles == sorted(percentiles) and percentiles[-1] == 100.0, name
        assert list(quantiles.values()) == sorted(quantiles.values()), f"{name}: latencies must not decrease"
        assert quantiles["100.0"] == result[maximum], name
        assert len(quantiles) > 20, f"{name}: OMB writes one entry per distinct latency its percentiles(100) reach"
    first = next(iter(result["aggregatedPublishLatencyQuantiles"]))
    assert "E-" in first, f"the first publish percentile is one message in millions, Java prints it as {first}"
    assert [java_double(v) for v in (100.0, 0.5, 8.277030899894526e-07, 1e-05, 12.0, 0.0001682459351782061)] == \
        ["100.0", "0.5", "8.277030899894526E-7", "1.0E-5", "12.0", "1.682459351782061E-4"]


def test_the_same_inputs_give_the_same_result_and_another_seed_another() -> None:
    first = synthesise(WORKLOAD, DRIVER, DEV_CLUSTER, seed="exp-1 workload 0")
    assert synthesise(WORKLOAD, DRIVER, DEV_CLUSTER, seed="exp-1 workload 0") == first
    assert synthesise(WORKLOAD, DRIVER, DEV_CLUSTER, seed="exp-2 workload 0")["publishRate"] != first["publishRate"]


def test_a_workload_without_consumers_has_no_end_to_end_latency_and_a_growing_backlog() -> None:
    result = synthesise(dict(WORKLOAD, consumerPerSubscription=0), DRIVER, DEV_CLUSTER, seed="backlog")
    assert result["aggregatedEndToEndLatencyQuantiles"] == {} and set(result["endToEndLatency99pct"]) == {0.0}
    assert result["backlog"] == sorted(result["backlog"]) and result["backlog"][-1] > 0
    assert set(result["consumeRate"]) == {0.0}


def test_the_model_says_what_it_does_not_model() -> None:
    result = synthesise(dict(WORKLOAD, consumerBacklogSizeGB=10), DRIVER, DEV_CLUSTER, seed="note")
    assert "consumerBacklogSizeGB not modelled" in result["simulationModel"]
