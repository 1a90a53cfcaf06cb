# The experiment state machine, its role and logs; the schedules (nightly plan, janitor sweep); the rules that
# react to executions (emergency janitor run, notifications); the notifications topic.

data "aws_region" "current" {}
data "aws_caller_identity" "current" {}

locals {
  state_machine_name = "${var.name_prefix}-experiment"
  region_name        = data.aws_region.current.name
  console            = "https://${local.region_name}.console.aws.amazon.com/states/home?region=${local.region_name}"
}

# --- state machine ------------------------------------------------------------------------------

resource "aws_iam_role" "states" {
  name        = "${var.name_prefix}-states"
  description = "Role of the experiment state machine: invokes the lab's functions, delivers execution logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "states.amazonaws.com" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id } }
    }]
  })
}

resource "aws_iam_role_policy" "states" {
  name   = "state-machine"
  role   = aws_iam_role.states.id
  policy = templatefile("${var.policies_dir}/state-machine.json", var.template_vars)
}

# /aws/vendedlogs/ keeps the CloudWatch Logs resource policy small however many log groups Step Functions uses.
resource "aws_cloudwatch_log_group" "states" {
  name              = "/aws/vendedlogs/states/${local.state_machine_name}"
  retention_in_days = var.log_retention_days
  #checkov:skip=CKV_AWS_158:Execution logs hold stage inputs and outputs (names, keys, numbers), no secrets; default CloudWatch encryption suffices.
  #checkov:skip=CKV_AWS_338:A lab keeps logs for log_retention_days (default 30); reports live in S3.
}

resource "aws_sfn_state_machine" "experiment" {
  name       = local.state_machine_name
  type       = "STANDARD"
  role_arn   = aws_iam_role.states.arn
  definition = templatefile(var.definition_file, var.definition_vars)

  logging_configuration {
    log_destination        = "${aws_cloudwatch_log_group.states.arn}:*"
    include_execution_data = true
    level                  = var.state_machine_log_level
  }

  depends_on = [aws_iam_role_policy.states]
  #checkov:skip=CKV_AWS_284:X-Ray tracing would need xray permissions on the role and our runtime emits no segments; the execution history shows every state, retry and error.
}

# --- schedules ----------------------------------------------------------------------------------

resource "aws_iam_role" "scheduler" {
  name        = "${var.name_prefix}-scheduler"
  description = "EventBridge Scheduler: starts the nightly plan and runs the janitor sweep"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "scheduler.amazonaws.com" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id } }
    }]
  })
}

resource "aws_iam_role_policy" "scheduler" {
  name   = "scheduler"
  role   = aws_iam_role.scheduler.id
  policy = templatefile("${var.policies_dir}/scheduler.json", var.template_vars)
}

# A universal target, so the execution can be named: nightly-<Scheduler's 16-character invocation id> follows the
# experiment id rule (docs/experiment-spec.md), so the id IS the name and the nightly rule below can match it.
# No retries: a retried invocation has a new id and could start a second cluster.
resource "aws_scheduler_schedule" "nightly_plan" {
  #checkov:skip=CKV_AWS_297:The schedule holds only the spec or sweep input (no secrets); EventBridge Scheduler encrypts it with an AWS owned key, and a customer managed key would cost $1/month and a key policy.
  name                         = "${var.name_prefix}-nightly-plan"
  description                  = "Starts the nightly benchmark plan"
  schedule_expression          = var.nightly_plan_schedule
  schedule_expression_timezone = var.nightly_plan_timezone
  state                        = var.nightly_plan_enabled ? "ENABLED" : "DISABLED"

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = "arn:aws:scheduler:::aws-sdk:sfn:startExecution"
    role_arn = aws_iam_role.scheduler.arn
    input = jsonencode({
      StateMachineArn = aws_sfn_state_machine.experiment.arn
      Name            = "nightly-<aws.scheduler.execution-id>"
      Input           = jsonencode(jsondecode(var.nightly_plan_input))
    })
    retry_policy {
      maximum_retry_attempts = 0
    }
  }
}

resource "aws_scheduler_schedule" "janitor_sweep" {
  #checkov:skip=CKV_AWS_297:The schedule holds only the spec or sweep input (no secrets); EventBridge Scheduler encrypts it with an AWS owned key, and a customer managed key would cost $1/month and a key policy.
  name                = "${var.name_prefix}-janitor-sweep"
  description         = "Periodic janitor sweep: removes what expired or orphaned experiments left"
  schedule_expression = var.janitor_sweep_schedule

  flexible_time_window {
    mode = "OFF"
  }

  target {
    arn      = var.janitor_function_arn
    role_arn = aws_iam_role.scheduler.arn
    input    = var.janitor_sweep_input
    retry_policy {
      maximum_retry_attempts = 2
    }
  }
}

# --- execution events ---------------------------------------------------------------------------

# Step Functions cannot catch an aborted execution, an execution timeout or a States.Runtime error: the janitor
# cleans that experiment at once. EventBridge delivers these events best-effort; the sweep is the backstop.
resource "aws_cloudwatch_event_rule" "execution_ended_badly" {
  name        = "${var.name_prefix}-execution-ended-badly"
  description = "Experiment executions that FAILED, TIMED_OUT or were ABORTED: emergency janitor run and notification"
  event_pattern = jsonencode({
    source        = ["aws.states"]
    "detail-type" = ["Step Functions Execution Status Change"]
    detail = {
      status          = ["FAILED", "TIMED_OUT", "ABORTED"]
      stateMachineArn = [aws_sfn_state_machine.experiment.arn]
    }
  })
}

resource "aws_cloudwatch_event_target" "janitor" {
  rule      = aws_cloudwatch_event_rule.execution_ended_badly.name
  target_id = "janitor"
  arn       = var.janitor_function_arn
  retry_policy {
    maximum_event_age_in_seconds = 3600
    maximum_retry_attempts       = 10
  }
}

resource "aws_lambda_permission" "janitor_from_events" {
  statement_id  = "ExecutionEndedBadly"
  action        = "lambda:InvokeFunction"
  function_name = var.janitor_function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.execution_ended_badly.arn
}

resource "aws_cloudwatch_event_rule" "nightly_finished" {
  name        = "${var.name_prefix}-nightly-finished"
  description = "Nightly plan executions that SUCCEEDED: notification with the report's location"
  event_pattern = jsonencode({
    source        = ["aws.states"]
    "detail-type" = ["Step Functions Execution Status Change"]
    detail = {
      status          = ["SUCCEEDED"]
      stateMachineArn = [aws_sfn_state_machine.experiment.arn]
      name            = [{ prefix = "nightly-" }]
    }
  })
}

# --- notifications ------------------------------------------------------------------------------

resource "aws_sns_topic" "notifications" {
  name = "${var.name_prefix}-notifications"
  #checkov:skip=CKV_AWS_26:EventBridge cannot publish to a topic encrypted with the AWS managed SNS key, and a customer managed key costs $1/month for messages that carry only execution names, states and links.
}

resource "aws_sns_topic_policy" "notifications" {
  arn = aws_sns_topic.notifications.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "EventBridgeRulesOfTheLab"
      Effect    = "Allow"
      Principal = { Service = "events.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = aws_sns_topic.notifications.arn
      Condition = {
        ArnEquals = {
          "aws:SourceArn" = [aws_cloudwatch_event_rule.execution_ended_badly.arn, aws_cloudwatch_event_rule.nightly_finished.arn]
        }
      }
    }]
  })
}

resource "aws_cloudwatch_event_target" "notify_ended_badly" {
  rule      = aws_cloudwatch_event_rule.execution_ended_badly.name
  target_id = "notify"
  arn       = aws_sns_topic.notifications.arn
  input_transformer {
    input_paths = {
      name      = "$.detail.name"
      status    = "$.detail.status"
      execution = "$.detail.executionArn"
    }
    input_template = "\"Pulsar AWS Lab: experiment <name> ended <status>. The janitor is cleaning up its resources. Execution: ${local.console}#/v2/executions/details/<execution>\""
  }
}

resource "aws_cloudwatch_event_target" "notify_nightly" {
  rule      = aws_cloudwatch_event_rule.nightly_finished.name
  target_id = "notify"
  arn       = aws_sns_topic.notifications.arn
  input_transformer {
    input_paths = {
      name      = "$.detail.name"
      execution = "$.detail.executionArn"
    }
    input_template = "\"Pulsar AWS Lab: nightly plan <name> SUCCEEDED. Report: s3://${var.template_vars["results_bucket"]}/experiments/<name>/report/index.html. Execution: ${local.console}#/v2/executions/details/<execution>\""
  }
}

resource "aws_sns_topic_subscription" "email" {
  count     = var.notification_email == null ? 0 : 1
  topic_arn = aws_sns_topic.notifications.arn
  protocol  = "email"
  endpoint  = var.notification_email
}
