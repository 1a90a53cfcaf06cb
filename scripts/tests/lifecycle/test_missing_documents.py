"""A stage that finds a document missing says so, and says which stage writes it: S3 answers NoSuchKey only to a
caller that may list the bucket (403 AccessDenied otherwise), which is why run-benchmark's role holds
s3:ListBucket (terraform/policies/run-benchmark.json, TellAMissingSpecFromADeniedOne)."""
from __future__ import annotations

import datetime
import json
import time
from typing import Any

import pytest

from lifecycle_lab import SHORT, LifecycleLab


def _invoke(lab: LifecycleLab, function: str, payload: dict[str, Any]) -> tuple[bool, Any]:
    answer = lab.client("lambda").invoke(FunctionName=lab.deployment.functions[function],
                                         Payload=json.dumps(payload).encode())
    return bool(answer.get("FunctionError")), json.loads(answer["Payload"].read() or b"null")


@pytest.mark.iam_proves("run-benchmark:s3:ListBucket")
def test_run_benchmark_tells_a_missing_spec_from_a_denied_read(lifecycle: LifecycleLab) -> None:
    lab = lifecycle
    experiment_id = f"nospec-{time.strftime('%H%M%S', time.gmtime())}-{int(time.time() * 1000) % 1000:03d}"
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    execution = {"name": experiment_id, "startTime": now,
                 "arn": f"arn:aws:states:us-east-1:123456789012:execution:pulsar-aws-lab-experiment:{experiment_id}"}
    failed, experiment = _invoke(lab, "validate-ami", {"spec": SHORT, "execution": execution})
    assert not failed, experiment
    lab.client("s3").delete_object(Bucket=lab.deployment.results_bucket, Key=experiment["specKey"])
    cluster = {"launchedAt": now, "instanceCount": 1, "components": {"client": 1},
               "clientInstanceId": "i-0123456789abcdef0", "placementGroup": None,
               "clusterKey": f"experiments/{experiment_id}/cluster.json"}
    failed, error = _invoke(lab, "run-benchmark", {"mode": "start", "experiment": experiment,
                                                   "cluster": {"result": cluster},
                                                   "workload": experiment["workloads"][0]})
    assert failed, f"run-benchmark started a benchmark without a spec: {error}"
    assert "the normalised spec is missing" in error.get("errorMessage", ""), \
        f"run-benchmark did not recognise the missing spec (a denied read looks like this): {error}"
