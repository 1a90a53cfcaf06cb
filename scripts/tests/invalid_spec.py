"""One experiment spec with five independent problems, each at its own JSON path: the lifecycle and `lab run`
tests both check that validation lists them all at once."""
from __future__ import annotations

FIVE_PROBLEMS = {
    "clusterr": {},
    "ttlHours": 0,
    "readinessBudgetMinutes": 500,
    "cluster": {"zookeeper": {"count": 2}},
    "workloads": [{"producerRate": -1}],
}
FIVE_PATHS = ("clusterr", "ttlHours", "readinessBudgetMinutes", "cluster.zookeeper.count", "workloads[0].producerRate")
