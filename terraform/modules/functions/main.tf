# One role, one log group and one function per stage. The role's only policy is the stage's own file in
# terraform/policies, rendered as the emulated lab renders it, so what the lab proves is what AWS enforces.

locals {
  function_names = { for function in keys(var.functions) : function => "${var.name_prefix}-${function}" }
}

resource "aws_iam_role" "function" {
  for_each    = var.functions
  name        = local.function_names[each.key]
  description = "Execution role of the ${each.key} stage function"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "function" {
  for_each = var.functions
  name     = each.key
  role     = aws_iam_role.function[each.key].id
  policy = templatefile("${var.policies_dir}/${each.key}.json",
  merge(var.template_vars, { function_name = local.function_names[each.key] }))
}

# Created here, with a retention, before the function can write to it (the roles may not create log groups).
resource "aws_cloudwatch_log_group" "function" {
  for_each          = var.functions
  name              = "/aws/lambda/${local.function_names[each.key]}"
  retention_in_days = var.log_retention_days
  #checkov:skip=CKV_AWS_158:Function logs hold stage progress and AWS request ids, no secrets; the default CloudWatch encryption suffices without a KMS key policy.
  #checkov:skip=CKV_AWS_338:A lab keeps logs for log_retention_days (default 30); results and reports live in S3.
}

resource "aws_lambda_function" "stage" {
  for_each         = var.functions
  function_name    = local.function_names[each.key]
  description      = "Pulsar AWS Lab stage ${each.key}"
  role             = aws_iam_role.function[each.key].arn
  runtime          = "provided.al2023"
  handler          = "bootstrap"
  architectures    = [var.architecture]
  filename         = "${var.dist_dir}/${each.key}.zip"
  source_code_hash = filebase64sha256("${var.dist_dir}/${each.key}.zip")
  memory_size      = each.value.memory_mb
  timeout          = each.value.timeout_seconds

  environment {
    variables = var.environment
  }

  depends_on = [aws_cloudwatch_log_group.function, aws_iam_role_policy.function]
  #checkov:skip=CKV_AWS_50:Our runtime loop does not emit X-Ray segments; the state machine's execution history and the JSON logs trace each stage.
  #checkov:skip=CKV_AWS_115:Reserved concurrency would take from the account's unreserved pool (accounts with the minimum quota cannot set it); the state machine runs one task per stage at a time.
  #checkov:skip=CKV_AWS_116:Invoked synchronously by Step Functions, which retries and catches; the janitor's asynchronous triggers (EventBridge, Scheduler) retry on their own and the next sweep catches anything missed.
  #checkov:skip=CKV_AWS_117:The functions only call AWS APIs; in a VPC they would need a NAT gateway or endpoints for nothing gained.
  #checkov:skip=CKV_AWS_173:The environment holds only the bucket and table names, no secrets.
  #checkov:skip=CKV_AWS_272:The zips are built and checked by lambda/build from this repository; code signing needs a signing profile the lab does not have.
}
