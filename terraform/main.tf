# Pulsar AWS Lab control plane and lab network. The names, policy files and placeholder values are the ones the
# emulated lab deploys (docs/emulated-lab.md, "Deploy"): what the lab proves there holds here.

locals {
  # Fixed, not variables: the stages and tags use them (Sources/LabCore/Tags, scripts/emulator/constants.py).
  name_prefix  = "pulsar-aws-lab"
  project_tags = merge(var.extra_tags, { Project = local.name_prefix, ManagedBy = local.name_prefix })

  account_id = data.aws_caller_identity.current.account_id
  region     = data.aws_region.current.name

  # Memory (MB) and timeout (s) per stage function, as in the emulated lab's
  # scripts/emulator/deploy/function_settings.py (terraform/tests proves they agree). echo is a test fixture and
  # is not deployed.
  functions = {
    "validate-ami"    = { memory_mb = 256, timeout_seconds = 60 }
    "apply-infra"     = { memory_mb = 256, timeout_seconds = 60 }
    "poll-readiness"  = { memory_mb = 256, timeout_seconds = 60 }
    "run-benchmark"   = { memory_mb = 256, timeout_seconds = 60 }
    "collect-results" = { memory_mb = 256, timeout_seconds = 60 }
    "teardown"        = { memory_mb = 256, timeout_seconds = 60 }
    "janitor"         = { memory_mb = 256, timeout_seconds = 60 }
  }

  dist_dir          = coalesce(var.lambda_dist_dir, "${path.root}/../lambda/dist")
  policies_dir      = "${path.root}/policies"
  definition_file   = "${path.root}/../statemachine/experiment.asl.json"
  nightly_plan_file = coalesce(var.nightly_plan_input_file, "${path.root}/../docs/examples/perf-nightly.json")

  # The placeholders of every policy template (function_name is added per function), named as in
  # scripts/emulator/deploy/variables.py.
  template_vars = {
    region                = local.region
    account_id            = local.account_id
    name_prefix           = local.name_prefix
    results_bucket        = module.storage.results_bucket_name
    results_bucket_arn    = module.storage.results_bucket_arn
    experiments_table     = module.storage.experiments_table_name
    experiments_table_arn = module.storage.experiments_table_arn
  }

  # The ASL's placeholders: the common ones plus <function>_function_name/_arn, "-" written "_".
  definition_vars = merge(
    local.template_vars,
    { for function, name in module.functions.function_names : "${replace(function, "-", "_")}_function_name" => name },
    { for function, arn in module.functions.function_arns : "${replace(function, "-", "_")}_function_arn" => arn },
  )
}

module "storage" {
  source                 = "./modules/storage"
  name_prefix            = local.name_prefix
  account_id             = local.account_id
  results_retention_days = var.results_retention_days
  protect_results        = var.protect_results
}

module "network" {
  source             = "./modules/network"
  name_prefix        = local.name_prefix
  vpc_cidr           = var.vpc_cidr
  availability_zones = var.availability_zones
  zone_count         = var.zone_count
  node_connectivity  = var.node_connectivity
  policies_dir       = local.policies_dir
  template_vars      = local.template_vars
}

# `<zone>=<subnet>` pairs, the default subnet first, so apply-infra can honour the spec's availabilityZone
# (docs/stages.md, "Environment").
locals {
  subnet_ids_by_zone = join(",", concat(
    [for zone, id in module.network.subnet_ids : "${zone}=${id}" if id == module.network.default_subnet_id],
    [for zone, id in module.network.subnet_ids : "${zone}=${id}" if id != module.network.default_subnet_id],
  ))
}

# The functions' environment is the stage functions' contract: Sources/Stages/StageEnvironment.swift.
module "functions" {
  source             = "./modules/functions"
  name_prefix        = local.name_prefix
  functions          = local.functions
  dist_dir           = local.dist_dir
  architecture       = var.lambda_architecture
  policies_dir       = local.policies_dir
  template_vars      = local.template_vars
  log_retention_days = var.log_retention_days
  environment = {
    PULSAR_LAB_RESULTS_BUCKET        = module.storage.results_bucket_name
    PULSAR_LAB_EXPERIMENTS_TABLE     = module.storage.experiments_table_name
    PULSAR_LAB_SUBNET_IDS            = local.subnet_ids_by_zone
    PULSAR_LAB_SECURITY_GROUP_ID     = module.network.security_group_id
    PULSAR_LAB_NODE_INSTANCE_PROFILE = module.network.node_instance_profile_name
  }
}

module "orchestration" {
  source                  = "./modules/orchestration"
  name_prefix             = local.name_prefix
  definition_file         = local.definition_file
  definition_vars         = local.definition_vars
  policies_dir            = local.policies_dir
  template_vars           = local.template_vars
  janitor_function_arn    = module.functions.function_arns["janitor"]
  janitor_function_name   = module.functions.function_names["janitor"]
  log_retention_days      = var.log_retention_days
  state_machine_log_level = var.state_machine_log_level
  nightly_plan_enabled    = var.nightly_plan_enabled
  nightly_plan_schedule   = var.nightly_plan_schedule
  nightly_plan_timezone   = var.nightly_plan_timezone
  nightly_plan_input      = file(local.nightly_plan_file)
  janitor_sweep_schedule  = var.janitor_sweep_schedule
  janitor_sweep_input     = var.janitor_sweep_input
  notification_email      = var.notification_email
}
