"""The simulated OpenMessaging Benchmark result: what the fake `benchmark` on a simulated client node writes.

No Pulsar runs in the emulated lab, so the numbers come from a stated model (MODEL_NAME, docs/emulated-lab.md,
"Simulated benchmark results"), and the file says so: `"simulated": true` and `"simulationModel"` at its top
level (LabCore's SimulationStamp, which makes every report show a SIMULATED banner). Everything else has the
shape real OMB writes (the modern, 62-field TestResult): one sample per 10 s of the measured duration, quantile
maps keyed by percentile strings as Java prints doubles, publish-delay latencies in whole microseconds.

The model, per workload (all rates in messages/s, sizes in bytes):
- capacity = min(bookies x BOOKIE_WRITE_MIB_S MiB/s / writeQuorum,
                 brokers x BROKER_MIB_S MiB/s / (1 + subscriptionsPerTopic)) / messageSize,
  and at most brokers x UNBATCHED_MSG_S_PER_BROKER when batching is off;
- achieved = producerRate when it is below capacity, else SATURATED_FRACTION x capacity; producerRate 0 (OMB's
  maximum-rate search) settles at MAX_RATE_FRACTION x capacity;
- utilisation rho = achieved / capacity (at most RHO_CAP); queueing factor = 1 / (1 - rho);
- publish latency ~ lognormal(median = (BASE_PUBLISH_MS + batchingMaxPublishDelayMs / 2) x factor, sigma
  PUBLISH_SIGMA) in ms, kept to 1 us as OMB's histogram does;
- end-to-end latency ~ lognormal(median = publish median + DISPATCH_MS, sigma E2E_SIGMA), whole ms (OMB derives it
  from millisecond timestamps); empty when the workload has no consumers;
- publish delay ~ lognormal(median = DELAY_MEDIAN_US x factor^2, sigma DELAY_SIGMA) in whole us;
- per 10 s sample: rate x (1 + RATE_NOISE x z), latency medians x exp(SAMPLE_MEDIAN_NOISE x z), z ~ N(0, 1)
  clipped at +-3; a maximum is the quantile 1 - 1/(2 x messages) of its sample (or of the whole run); z comes
  from a generator seeded by the experiment and workload (the same inputs give the same file);
- consumeRate = rate x subscriptionsPerTopic when there are consumers; backlog stays near zero then, and grows by
  what is not consumed otherwise; publishErrorRate is 0.
Not modelled: consumerBacklogSizeGB (the backlog build-and-drain phase), key distribution, message contents.
"""
from __future__ import annotations

import hashlib
import math
import random
from decimal import Decimal
from dataclasses import dataclass
from statistics import NormalDist
from typing import Any

MODEL_NAME = "pulsar-aws-lab emulated-lab omb-model/1"

BOOKIE_WRITE_MIB_S = 110.0  # journal + ledger writes one bookie sustains on gp3 at its included 125 MiB/s
BROKER_MIB_S = 200.0  # what one broker forwards (in + out to subscriptions)
UNBATCHED_MSG_S_PER_BROKER = 40_000.0
SATURATED_FRACTION = 0.97
MAX_RATE_FRACTION = 0.90
RHO_CAP = 0.95
BASE_PUBLISH_MS = 1.2  # network round trip + journal fsync on the ack quorum
PUBLISH_SIGMA = 0.45
DISPATCH_MS = 1.0
E2E_SIGMA = 0.50
DELAY_MEDIAN_US = 30.0
DELAY_SIGMA = 1.0
RATE_NOISE = 0.02
SATURATED_RATE_NOISE = 0.05
SAMPLE_MEDIAN_NOISE = 0.05
SAMPLE_SECONDS = 10
QUANTILE_TICKS_PER_HALF_DISTANCE = 100  # OMB: histogram.percentiles(100)
PERCENTILES = (("50pct", 0.50), ("75pct", 0.75), ("95pct", 0.95), ("99pct", 0.99), ("999pct", 0.999),
               ("9999pct", 0.9999))

_NORMAL = NormalDist()


@dataclass(frozen=True)
class ClusterShape:
    """What the model needs to know about the cluster the benchmark ran against."""

    bookies: int
    brokers: int


@dataclass(frozen=True)
class Lognormal:
    median: float
    sigma: float

    def quantile(self, p: float) -> float:
        p = min(max(p, 1e-12), 1 - 1e-12)
        return self.median * math.exp(self.sigma * _NORMAL.inv_cdf(p))

    def cdf(self, value: float) -> float:
        if value <= 0:
            return 0.0
        return _NORMAL.cdf(math.log(value / self.median) / self.sigma)

    @property
    def mean(self) -> float:
        return self.median * math.exp(self.sigma ** 2 / 2)


@dataclass(frozen=True)
class Rates:
    capacity: float
    achieved: float
    rho: float
    saturated: bool


def java_double(value: float) -> str:
    """A double as Java's Double.toString prints it (OMB's Jackson writes quantile keys this way):
    plain between 1e-3 and 1e7 ("100.0", "0.5003272177220981"), else "8.277030899894526E-7"."""
    if value == 0:
        return "0.0"
    if 1e-3 <= abs(value) < 1e7:
        text = repr(float(value))
        return text if ("." in text or "e" in text) else text + ".0"
    _, digits, exponent = Decimal(repr(abs(float(value)))).normalize().as_tuple()
    mantissa = f"{digits[0]}." + ("".join(str(d) for d in digits[1:]) or "0")
    return f"{'-' if value < 0 else ''}{mantissa}E{len(digits) - 1 + int(exponent)}"


def _number(mapping: dict[str, Any], key: str, default: float) -> float:
    value = mapping.get(key, default)
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


def rates(workload: dict[str, Any], driver: dict[str, Any], cluster: ClusterShape) -> Rates:
    client = driver.get("client") or {}
    persistence = client.get("persistence") or {}
    producer = driver.get("producer") or {}
    message_size = max(1.0, _number(workload, "messageSize", 1024))
    write_quorum = max(1.0, _number(persistence, "writeQuorum", 3))
    subscriptions = max(0.0, _number(workload, "subscriptionsPerTopic", 1))
    mib = 1024.0 * 1024.0
    capacity_bytes = min(cluster.bookies * BOOKIE_WRITE_MIB_S * mib / write_quorum,
                         cluster.brokers * BROKER_MIB_S * mib / (1 + subscriptions))
    capacity = capacity_bytes / message_size
    if producer.get("batchingEnabled", True) is False:
        capacity = min(capacity, cluster.brokers * UNBATCHED_MSG_S_PER_BROKER)
    target = _number(workload, "producerRate", 10_000)
    if target <= 0:
        achieved, saturated = MAX_RATE_FRACTION * capacity, False
    elif target < capacity:
        achieved, saturated = target, False
    else:
        achieved, saturated = SATURATED_FRACTION * capacity, True
    return Rates(capacity=capacity, achieved=achieved, rho=min(achieved / capacity, RHO_CAP), saturated=saturated)


def _seed(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("\x00".join(parts).encode()).digest()[:8], "big")


def _z(generator: random.Random) -> float:
    return max(-3.0, min(3.0, generator.gauss(0.0, 1.0)))


def _ms(value: float) -> float:
    """A latency as OMB writes milliseconds from a microsecond histogram: three decimals."""
    return round(max(value, 0.001), 3)


def _whole_ms(value: float) -> float:
    return float(max(1, round(value)))


def _whole_us(value: float) -> int:
    return max(1, int(round(value)))


def _stats(distribution: Lognormal, quantise: Any, maximum: float) -> dict[str, Any]:
    stats: dict[str, Any] = {"Avg": distribution.mean}
    for suffix, p in PERCENTILES:
        stats[suffix] = quantise(distribution.quantile(p))
    stats["Max"] = quantise(maximum)
    return stats


def quantile_map(distribution: Lognormal, count: int, quantise: Any, maximum: float) -> dict[str, Any]:
    """The aggregated quantile map as OMB writes it from HdrHistogram's percentiles(100) iteration: levels step
    by 100 / (ticks x 2^(halvings+1)), each reported at the actual percentile of the (quantised) value reached;
    equal percentiles collapse (OMB puts them in a TreeMap); the last entry is 100.0 -> the maximum."""
    if count <= 0:
        return {}
    result: dict[str, Any] = {}
    level = 0.0
    last_rank = -1
    while level < 100.0:
        value = quantise(distribution.quantile(max(level / 100.0, 1.0 / count)))
        rank = max(1, min(count, round(distribution.cdf(float(value)) * count)))
        if rank >= count:
            break
        if rank != last_rank:
            result[java_double(100.0 * rank / count)] = value
            last_rank = rank
        halvings = int(math.log(100.0 / (100.0 - level)) / math.log(2))
        level += 100.0 / (QUANTILE_TICKS_PER_HALF_DISTANCE * 2 ** (halvings + 1))
    result["100.0"] = quantise(maximum)
    return result


def synthesise(workload: dict[str, Any], driver: dict[str, Any], cluster: ClusterShape, *,
               seed: str) -> dict[str, Any]:
    """An OMB result (modern format) for this workload on this cluster, stamped as simulated."""
    generator = random.Random(_seed(MODEL_NAME, seed, str(workload.get("name", ""))))
    producer = driver.get("producer") or {}
    model = rates(workload, driver, cluster)
    batching_delay = _number(producer, "batchingMaxPublishDelayMs", 1) if producer.get("batchingEnabled", True) \
        is not False else 0.0
    factor = 1.0 / (1.0 - model.rho)
    publish = Lognormal((BASE_PUBLISH_MS + batching_delay / 2.0) * factor, PUBLISH_SIGMA)
    end_to_end = Lognormal(publish.median + DISPATCH_MS, E2E_SIGMA)
    delay = Lognormal(DELAY_MEDIAN_US * factor * factor, DELAY_SIGMA)

    subscriptions = int(_number(workload, "subscriptionsPerTopic", 1))
    consumers_per_subscription = int(_number(workload, "consumerPerSubscription", 1))
    consuming = subscriptions > 0 and consumers_per_subscription > 0
    duration_seconds = _number(workload, "testDurationMinutes", 5) * 60.0
    samples = max(1, int(duration_seconds // SAMPLE_SECONDS))
    noise = SATURATED_RATE_NOISE if model.saturated else RATE_NOISE

    series: dict[str, list[Any]] = {key: [] for key in (
        "publishRate", "publishErrorRate", "consumeRate", "backlog")}
    per_sample: dict[str, dict[str, list[Any]]] = {"publishLatency": {}, "publishDelayLatency": {},
                                                   "endToEndLatency": {}}
    maxima = {"publishLatency": 0.0, "publishDelayLatency": 0.0, "endToEndLatency": 0.0}
    backlog = 0.0
    total_messages = 0.0
    for _ in range(samples):
        rate = max(0.0, model.achieved * (1.0 + noise * _z(generator)))
        total_messages += rate * SAMPLE_SECONDS
        series["publishRate"].append(rate)
        series["publishErrorRate"].append(0.0)
        if consuming:
            consumed = rate * subscriptions * (1.0 + 0.005 * _z(generator))
            backlog = abs(_z(generator)) * rate * 0.002 * subscriptions
        else:
            consumed = 0.0
            backlog += rate * SAMPLE_SECONDS * subscriptions
        series["consumeRate"].append(consumed)
        series["backlog"].append(int(round(backlog)))
        for name, distribution, quantise in (("publishLatency", publish, _ms),
                                             ("publishDelayLatency", delay, _whole_us),
                                             ("endToEndLatency", end_to_end, _whole_ms)):
            sample = Lognormal(distribution.median * math.exp(SAMPLE_MEDIAN_NOISE * _z(generator)),
                               distribution.sigma)
            sample_max = sample.quantile(1.0 - 0.5 / max(1.0, rate * SAMPLE_SECONDS))
            stats = _stats(sample, quantise, sample_max)
            if name == "endToEndLatency" and not consuming:
                stats = {key: 0.0 for key in stats}
            maxima[name] = max(maxima[name], float(stats["Max"]))
            for suffix, value in stats.items():
                per_sample[name].setdefault(suffix, []).append(value)

    count = int(total_messages)
    aggregated: dict[str, dict[str, Any]] = {}
    quantiles: dict[str, dict[str, Any]] = {}
    for name, distribution, quantise in (("publishLatency", publish, _ms),
                                         ("publishDelayLatency", delay, _whole_us),
                                         ("endToEndLatency", end_to_end, _whole_ms)):
        if name == "endToEndLatency" and not consuming:
            aggregated[name] = {key: 0.0 for key in _stats(distribution, quantise, 0.0)}
            quantiles[name] = {}
            continue
        maximum = max(maxima[name], float(quantise(distribution.quantile(1.0 - 0.5 / max(1, count)))))
        aggregated[name] = _stats(distribution, quantise, maximum)
        quantiles[name] = quantile_map(distribution, count, quantise, maximum)

    def sampled(name: str) -> dict[str, Any]:
        return {f"{name}{suffix}": values for suffix, values in per_sample[name].items()}

    def summed(name: str) -> dict[str, Any]:
        return {f"aggregated{name[0].upper()}{name[1:]}{suffix}": value for suffix, value in aggregated[name].items()}

    result: dict[str, Any] = {
        "workload": str(workload.get("name", "")),
        "driver": str(driver.get("name", "Pulsar")),
        "messageSize": int(_number(workload, "messageSize", 1024)),
        "topics": int(_number(workload, "topics", 1)),
        "partitions": int(_number(workload, "partitionsPerTopic", 1)),
        "producersPerTopic": int(_number(workload, "producersPerTopic", 1)),
        "consumersPerTopic": consumers_per_subscription,
        "publishRate": series["publishRate"],
        "publishErrorRate": series["publishErrorRate"],
        "consumeRate": series["consumeRate"],
        "backlog": series["backlog"],
        **sampled("publishLatency"),
        **sampled("publishDelayLatency"),
        **summed("publishLatency"),
        **summed("publishDelayLatency"),
        "aggregatedPublishLatencyQuantiles": quantiles["publishLatency"],
        "aggregatedPublishDelayLatencyQuantiles": quantiles["publishDelayLatency"],
        **sampled("endToEndLatency"),
        "aggregatedEndToEndLatencyQuantiles": quantiles["endToEndLatency"],
        **summed("endToEndLatency"),
        "simulated": True,
        "simulationModel": describe(workload, model),
    }
    return result


def describe(workload: dict[str, Any], model: Rates) -> str:
    """The `simulationModel` text reports show in their SIMULATED banner: the model and its key figures."""
    target = _number(workload, "producerRate", 10_000)
    text = (f"{MODEL_NAME}: rate = min(target {target:g}, capacity {model.capacity:.0f} msg/s from bookies, "
            f"writeQuorum and brokers); latency lognormal with a 1/(1-rho) queueing factor, rho {model.rho:.2f}; "
            "docs/emulated-lab.md")
    if _number(workload, "consumerBacklogSizeGB", 0) > 0:
        text += "; consumerBacklogSizeGB not modelled"
    return text
