output "state_machine_arn" {
  description = "ARN of the experiment state machine."
  value       = aws_sfn_state_machine.experiment.arn
}

output "state_machine_console_url" {
  description = "The state machine's page in the Step Functions console; \"Start execution\" there starts an experiment."
  value       = "${local.console}#/statemachines/view/${urlencode(aws_sfn_state_machine.experiment.arn)}"
}

output "state_machine_log_group_name" {
  description = "CloudWatch log group of the executions."
  value       = aws_cloudwatch_log_group.states.name
}

output "notifications_topic_arn" {
  description = "SNS topic of failed, timed-out, aborted and nightly executions."
  value       = aws_sns_topic.notifications.arn
}
