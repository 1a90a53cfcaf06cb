variable "region" {
  description = "AWS region of the lab (control plane, network and every experiment's nodes)."
  type        = string
  default     = "us-east-1"
  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]$", var.region))
    error_message = "region must look like us-east-1."
  }
}

variable "lambda_architecture" {
  description = "Instruction set lambda/build compiled the bootstraps for (x86_64 by default; arm64 with `lambda/build --arch arm64`). scripts/deploy reads it from the zips."
  type        = string
  default     = "x86_64"
  validation {
    condition     = contains(["x86_64", "arm64"], var.lambda_architecture)
    error_message = "lambda_architecture must be x86_64 or arm64."
  }
}

variable "lambda_dist_dir" {
  description = "Folder of the function zips; null means lambda/dist of this repository."
  type        = string
  default     = null
}

variable "log_retention_days" {
  description = "Days CloudWatch keeps the functions' and the state machine's logs."
  type        = number
  default     = 30
  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of CloudWatch Logs' retention values (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, ...)."
  }
}

variable "state_machine_log_level" {
  description = "Step Functions execution logging level: ALL, ERROR, FATAL or OFF."
  type        = string
  default     = "ERROR"
  validation {
    condition     = contains(["ALL", "ERROR", "FATAL", "OFF"], var.state_machine_log_level)
    error_message = "state_machine_log_level must be ALL, ERROR, FATAL or OFF."
  }
}

variable "nightly_plan_enabled" {
  description = "Run the nightly plan (a perf cluster costs several dollars per run): false creates the schedule disabled."
  type        = bool
  default     = false
}

variable "nightly_plan_schedule" {
  description = "When the nightly plan starts: an EventBridge Scheduler cron expression."
  type        = string
  default     = "cron(0 2 * * ? *)"
  validation {
    condition     = can(regex("^(cron|rate)\\(.+\\)$", var.nightly_plan_schedule))
    error_message = "nightly_plan_schedule must be cron(...) or rate(...)."
  }
}

variable "nightly_plan_timezone" {
  description = "IANA time zone of nightly_plan_schedule."
  type        = string
  default     = "UTC"
}

variable "nightly_plan_input_file" {
  description = "Experiment spec file the nightly plan runs; null means docs/examples/perf-nightly.json."
  type        = string
  default     = null
}

variable "janitor_sweep_schedule" {
  description = "How often the janitor sweeps for expired or orphaned experiment resources."
  type        = string
  default     = "rate(1 hour)"
  validation {
    condition     = can(regex("^(cron|rate)\\(.+\\)$", var.janitor_sweep_schedule))
    error_message = "janitor_sweep_schedule must be cron(...) or rate(...)."
  }
}

variable "janitor_sweep_input" {
  description = "JSON the sweep schedule passes the janitor; must be the janitor's scheduled-sweep input (docs/janitor.md)."
  type        = string
  default     = "{\"action\":\"sweep\"}"
  validation {
    condition     = try(jsondecode(var.janitor_sweep_input).action, null) == "sweep"
    error_message = "janitor_sweep_input must be the janitor's sweep input: JSON with \"action\": \"sweep\" (docs/janitor.md)."
  }
}

variable "notification_email" {
  description = "E-mail subscribed to failed, timed-out, aborted and nightly executions; null for none."
  type        = string
  default     = null
  validation {
    condition     = var.notification_email == null || can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.notification_email))
    error_message = "notification_email must be an e-mail address or null."
  }
}

variable "vpc_cidr" {
  description = "CIDR of the lab VPC (subnets are /24s from index 1: 10.42.1.0/24, ...)."
  type        = string
  default     = "10.42.0.0/16"
  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0))
    error_message = "vpc_cidr must be an IPv4 CIDR block."
  }
}

variable "availability_zones" {
  description = "Zones with a node subnet, the first the default; empty = the region's first zone_count zones."
  type        = list(string)
  default     = []
}

variable "zone_count" {
  description = "Number of zones with a node subnet when availability_zones is empty."
  type        = number
  default     = 1
  validation {
    condition     = var.zone_count >= 1 && var.zone_count <= 6
    error_message = "zone_count must be 1 to 6."
  }
}

variable "node_connectivity" {
  description = "How nodes reach SSM, EC2 and S3: public-ip (default, cheapest) or vpc-endpoints (no public addresses). README: cost."
  type        = string
  default     = "public-ip"
  validation {
    condition     = contains(["public-ip", "vpc-endpoints"], var.node_connectivity)
    error_message = "node_connectivity must be public-ip or vpc-endpoints."
  }
}

variable "results_retention_days" {
  description = "Days experiment files stay in the results bucket; 0 keeps them forever."
  type        = number
  default     = 365
  validation {
    condition     = var.results_retention_days >= 0
    error_message = "results_retention_days must be 0 or more."
  }
}

variable "protect_results" {
  description = "Deletion protection on the experiments table, and no force-destroy of a non-empty results bucket."
  type        = bool
  default     = true
}

variable "extra_tags" {
  description = "More tags for every resource Terraform creates (e.g. CostCenter); the lab's own keys cannot be overridden."
  type        = map(string)
  default     = {}
  validation {
    condition     = length(setintersection([for key in keys(var.extra_tags) : lower(key)], ["project", "managedby", "experimentid", "component", "expiresat", "executionarn", "plan", "name"])) == 0
    error_message = "extra_tags may not set the lab's own tag keys (Project, ManagedBy, ExperimentID, Component, ExpiresAt, ExecutionArn, Plan, Name)."
  }
}
