output "state_machine_arn" {
  description = "ARN of the experiment state machine (pulsar-aws-lab-experiment)."
  value       = module.orchestration.state_machine_arn
}

output "start_execution_console_url" {
  description = "Open, press \"Start execution\", give {} (or a spec) as input: that starts an experiment."
  value       = module.orchestration.state_machine_console_url
}

output "results_bucket" {
  description = "Bucket holding every experiment's files and reports (experiments/<id>/)."
  value       = module.storage.results_bucket_name
}

output "experiments_table" {
  description = "DynamoDB table of experiment records (key experimentId)."
  value       = module.storage.experiments_table_name
}

output "janitor_function_name" {
  description = "The janitor function (invoke it to clean one experiment or to sweep)."
  value       = module.functions.function_names["janitor"]
}

output "notifications_topic_arn" {
  description = "SNS topic of failed, timed-out, aborted and nightly executions."
  value       = module.orchestration.notifications_topic_arn
}

output "lab_config" {
  description = "Everything the lab command line needs, as one JSON document (scripts/deploy writes it to terraform/lab-config.json)."
  value = jsonencode({
    schemaVersion         = 1
    region                = local.region
    accountId             = local.account_id
    namePrefix            = local.name_prefix
    stateMachineArn       = module.orchestration.state_machine_arn
    consoleUrl            = module.orchestration.state_machine_console_url
    resultsBucket         = module.storage.results_bucket_name
    experimentsTable      = module.storage.experiments_table_name
    janitorFunctionName   = module.functions.function_names["janitor"]
    functions             = module.functions.function_names
    logGroups             = merge(module.functions.log_group_names, { "state-machine" = module.orchestration.state_machine_log_group_name })
    notificationsTopicArn = module.orchestration.notifications_topic_arn
    network = {
      vpcId               = module.network.vpc_id
      subnetIds           = module.network.subnet_ids
      defaultSubnetId     = module.network.default_subnet_id
      securityGroupId     = module.network.security_group_id
      nodeInstanceProfile = module.network.node_instance_profile_name
      nodeConnectivity    = var.node_connectivity
    }
  })
}
