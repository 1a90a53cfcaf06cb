"""What terraform/modules/orchestration and terraform/modules/functions configure besides the roles, with the
defaults of terraform/variables.tf: log groups, the state machine's logging, the two schedules. Named once here
so the deployer and the tests read the same values (keep them in step with the Terraform files)."""
from __future__ import annotations

import json

from ..constants import Lab, Paths

LOG_RETENTION_DAYS = 30  # var.log_retention_days
STATE_MACHINE_LOG_LEVEL = "ERROR"  # var.state_machine_log_level; include_execution_data = true

SCHEDULER_ROLE = f"{Lab.NAME_PREFIX}-scheduler"
SCHEDULER_POLICY = "scheduler"
SCHEDULER_TRUST = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "scheduler.amazonaws.com"}, "Action": "sts:AssumeRole"}]}

NIGHTLY_PLAN = f"{Lab.NAME_PREFIX}-nightly-plan"
NIGHTLY_PLAN_SCHEDULE = "cron(0 2 * * ? *)"  # var.nightly_plan_schedule
NIGHTLY_PLAN_TIMEZONE = "UTC"  # var.nightly_plan_timezone
NIGHTLY_PLAN_STATE = "DISABLED"  # var.nightly_plan_enabled = false
NIGHTLY_PLAN_INPUT_FILE = Paths.REPO_ROOT / "docs" / "examples" / "perf-nightly.json"  # var.nightly_plan_input_file
# A universal target, so the execution can be named nightly-<Scheduler's invocation id> (the experiment id rule).
START_EXECUTION_TARGET = "arn:aws:scheduler:::aws-sdk:sfn:startExecution"
NIGHTLY_EXECUTION_NAME = "nightly-<aws.scheduler.execution-id>"

JANITOR_SWEEP = f"{Lab.NAME_PREFIX}-janitor-sweep"
JANITOR_SWEEP_SCHEDULE = "rate(1 hour)"  # var.janitor_sweep_schedule
JANITOR_SWEEP_INPUT = '{"action":"sweep"}'  # var.janitor_sweep_input


def function_log_group(function_resource_name: str) -> str:
    return f"/aws/lambda/{function_resource_name}"


def state_machine_log_group(state_machine_name: str) -> str:
    """/aws/vendedlogs/ keeps CloudWatch Logs' resource policy small (terraform/modules/orchestration)."""
    return f"/aws/vendedlogs/states/{state_machine_name}"


def logging_configuration(log_group_arn: str) -> dict[str, object]:
    """The state machine's logging_configuration block: the group's ARN with `:*`, as Terraform passes it."""
    return {"level": STATE_MACHINE_LOG_LEVEL, "includeExecutionData": True,
            "destinations": [{"cloudWatchLogsLogGroup": {"logGroupArn": f"{log_group_arn}:*"}}]}


def nightly_plan_target_input(state_machine_arn: str, spec_text: str) -> str:
    """The target input jsonencode builds: StateMachineArn, Name, and the spec re-encoded as a string."""
    return json.dumps({"StateMachineArn": state_machine_arn, "Name": NIGHTLY_EXECUTION_NAME,
                       "Input": json.dumps(json.loads(spec_text), separators=(",", ":"))})
