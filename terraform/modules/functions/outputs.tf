output "function_names" {
  description = "Function name per stage binary (pulsar-aws-lab-<function>)."
  value       = { for function, lambda in aws_lambda_function.stage : function => lambda.function_name }
}

output "function_arns" {
  description = "Unqualified function ARN per stage binary."
  value       = { for function, lambda in aws_lambda_function.stage : function => lambda.arn }
}

output "role_arns" {
  description = "Execution role ARN per stage binary."
  value       = { for function, role in aws_iam_role.function : function => role.arn }
}

output "log_group_names" {
  description = "CloudWatch log group per stage binary."
  value       = { for function, group in aws_cloudwatch_log_group.function : function => group.name }
}
