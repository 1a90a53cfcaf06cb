"""OpenMessaging Benchmark's `bin/benchmark` on a simulated client node.

    benchmark --drivers driver.yaml [--output result.json] workload.yaml

Reads the workload and driver files the way OMB does, fails where OMB would fail against the simulated cluster
(a payload file of the wrong size, a serviceUrl or httpUrl that is not one of the experiment's serving brokers,
a clusterName the brokers did not initialise, a backlog without a producer rate), logs one stats line per 10 s
sample as OMB does, takes warm-up + test duration divided by the time factor, and writes a result synthesised by
nodes/omb_model.py, stamped `"simulated": true`. The simulation's view of the cluster and any injected fault come
from $PULSAR_LAB_SIM/benchmark.json (written by nodes/run_benchmark.py before the runner starts).
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..omb_model import SAMPLE_SECONDS, ClusterShape, synthesise

OMB_HOME_PREFIX = "/opt/benchmark/"


def _log(message: str, level: str = "INFO", logger: str = "WorkloadGenerator") -> None:
    stamp = time.strftime("%H:%M:%S", time.gmtime()) + f".{int(time.time() * 1000) % 1000:03d}"
    print(f"{stamp} [main] {level} {logger} - {message}", flush=True)


def _fail(exception: str, message: str, code: int = 1) -> int:
    _log("Failed to run the workload (simulated OMB)", level="ERROR", logger="Benchmark")
    print(f"{exception}: {message}", flush=True)
    print("\tat io.openmessaging.benchmark.Benchmark.main(Benchmark.java) (simulated)", flush=True)
    return code


def _arguments(argv: list[str]) -> tuple[str | None, str | None, list[str]]:
    drivers = output = None
    workloads: list[str] = []
    index = 0
    while index < len(argv):
        word = argv[index]
        if word in ("-d", "--drivers"):
            drivers = argv[index + 1] if index + 1 < len(argv) else None
            index += 2
        elif word in ("-o", "--output"):
            output = argv[index + 1] if index + 1 < len(argv) else None
            index += 2
        elif word in ("-w", "--workers", "-x", "--extra", "-c", "--csv", "-t", "--service-version-file"):
            index += 2
        else:
            workloads.append(word)
            index += 1
    return drivers, output, workloads


def _payload_problem(workload: dict[str, Any], omb_home: Path) -> str | None:
    if workload.get("useRandomizedPayloads"):
        return None
    name = str(workload.get("payloadFile") or "")
    if not name:
        return "java.lang.NullPointerException: payloadFile is not set and useRandomizedPayloads is false"
    local = omb_home / (name[len(OMB_HOME_PREFIX):] if name.startswith(OMB_HOME_PREFIX) else name)
    if not local.is_file():
        return f"java.nio.file.NoSuchFileException: {name}"
    size, expected = local.stat().st_size, int(workload.get("messageSize") or 0)
    if size != expected:
        return (f"java.lang.IllegalArgumentException: Payload length mismatch. Actual is: {size}, "
                f"but expected: {expected} ")
    return None


def _address_problem(driver: dict[str, Any], cluster: dict[str, Any]) -> str | None:
    client = driver.get("client") or {}
    serving = {broker["ip"] for broker in cluster.get("brokers", []) if broker.get("serving")}
    for field, scheme, port in (("serviceUrl", "pulsar", 6650), ("httpUrl", "http", 8080)):
        value = str(client.get(field) or "")
        hosts = [part.strip() for part in value.split("://", 1)[-1].split(",") if part.strip()] if value else []
        if not value.startswith(f"{scheme}://") or not hosts:
            return f"org.apache.pulsar.client.api.PulsarClientException$InvalidServiceURL: {field} '{value}'"
        for host in hosts:
            address = urlsplit(f"{scheme}://{host}")
            if address.hostname not in serving or (address.port or port) != port:
                return (f"org.apache.pulsar.client.api.PulsarClientException$ConnectException: "
                        f"Connection refused: /{address.hostname}:{address.port or port} ({field}; serving brokers "
                        f"of this experiment: {sorted(serving) or 'none'})")
    cluster_name = str(client.get("clusterName") or "")
    if cluster_name and cluster_name != cluster.get("clusterName"):
        return (f"org.apache.pulsar.client.admin.PulsarAdminException$PreconditionFailedException: Clusters do not "
                f"exist: [{cluster_name}] (the brokers initialised '{cluster.get('clusterName')}')")
    return None


def _stats_line(result: dict[str, Any], index: int) -> str:
    rate = result["publishRate"][index]
    mb = rate * result["messageSize"] / 1024 / 1024
    return (f"Pub rate {rate:10.1f} msg/s / {mb:5.1f} MB/s | Pub err {0.0:6.1f} err/s | Cons rate "
            f"{result['consumeRate'][index]:10.1f} msg/s | Backlog: {result['backlog'][index] / 1000:6.1f} K | "
            f"Pub Latency (ms) avg: {result['publishLatencyAvg'][index]:6.3f} - 50%: "
            f"{result['publishLatency50pct'][index]:6.3f} - 99%: {result['publishLatency99pct'][index]:6.3f} - "
            f"99.9%: {result['publishLatency999pct'][index]:6.3f} - Max: {result['publishLatencyMax'][index]:6.3f} | "
            f"Pub Delay Latency (us) avg: {result['publishDelayLatencyAvg'][index]:6.1f} - 50%: "
            f"{result['publishDelayLatency50pct'][index]} - 99%: {result['publishDelayLatency99pct'][index]} - "
            f"Max: {result['publishDelayLatencyMax'][index]}")


def main(argv: list[str]) -> int:
    simulation = json.loads((Path(os.environ["PULSAR_LAB_SIM"]) / "benchmark.json").read_text())
    factor = float(simulation.get("timeFactor", 1.0))
    omb_home = Path(os.environ.get("OMB_HOME", os.getcwd()))
    drivers, output, workloads = _arguments(argv)
    if not drivers or len(workloads) != 1:
        print("Usage: benchmark [options] Workloads\n  * --drivers  Drivers list. eg.: pulsar/pulsar.yaml"
              "\n(simulated OMB runs exactly one workload file)", flush=True)
        return 1
    _log("Starting benchmark with config: " + json.dumps({"drivers": [drivers], "workloads": workloads,
                                                           "output": output}), logger="Benchmark")
    try:
        driver = yaml.safe_load(Path(drivers).read_text()) or {}
        workload = yaml.safe_load(Path(workloads[0]).read_text()) or {}
    except (OSError, yaml.YAMLError) as problem:
        return _fail("com.fasterxml.jackson.core.JsonParseException", str(problem).replace("\n", " "))
    if not isinstance(driver, dict) or not isinstance(workload, dict):
        return _fail("com.fasterxml.jackson.databind.exc.MismatchedInputException", "not a YAML mapping")
    if float(workload.get("consumerBacklogSizeGB") or 0) > 0 and float(workload.get("producerRate") or 0) == 0:
        return _fail("java.lang.IllegalArgumentException",
                     "Cannot probe producer sustainable rate when building backlog")
    problem = _payload_problem(workload, omb_home) or _address_problem(driver, simulation.get("cluster", {}))
    if problem is not None:
        exception, _, message = problem.partition(": ")
        return _fail(exception, message)

    startup = float(simulation.get("startupSeconds", 0.0))
    time.sleep(startup / factor)
    exit_code = int(simulation.get("exitCode", 0))
    if exit_code != 0:
        # Where real OMB runs usually die: creating topics, producers and consumers, before any traffic.
        return _fail("java.util.concurrent.CompletionException", "org.apache.pulsar.client.api.PulsarClientException"
                     f"$TimeoutException: injected fault: the benchmark exits {exit_code} (emulated lab)", exit_code)
    _log(f"Created {workload.get('topics', 1)} topics (simulated)")
    warmup = float(workload.get("warmupDurationMinutes") or 0) * 60.0
    if warmup > 0:
        _log("----- Starting warm-up traffic ------")
        time.sleep(warmup / factor)
    cluster = simulation.get("cluster", {})
    result = synthesise(workload, driver, ClusterShape(bookies=int(cluster.get("bookies", 1)),
                                                       brokers=max(1, len(cluster.get("brokers", [])))),
                        seed=str(simulation.get("seed", "")))
    _log("----- Starting benchmark traffic ------")
    for index in range(len(result["publishRate"])):
        time.sleep(SAMPLE_SECONDS / factor)
        _log(_stats_line(result, index))
    _log("----- Aggregated Pub Latency (ms) avg: "
         f"{result['aggregatedPublishLatencyAvg']:.1f} - 50%: {result['aggregatedPublishLatency50pct']:.1f} - "
         f"99%: {result['aggregatedPublishLatency99pct']:.1f} - Max: {result['aggregatedPublishLatencyMax']:.1f}")

    if simulation.get("writesResult", True) and output:
        Path(output).write_text(json.dumps(result, indent=2))
        _log(f"Writing test result into {output}", logger="Benchmark")
    else:
        _log("injected fault: no result file written (emulated lab)", level="WARN", logger="Benchmark")
    return 0
