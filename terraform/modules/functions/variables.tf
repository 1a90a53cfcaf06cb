variable "name_prefix" {
  description = "Prefix of every function and role name: pulsar-aws-lab-<function>."
  type        = string
}

variable "functions" {
  description = "Stage functions to deploy: binary name => memory (MB) and timeout (seconds). Each needs lambda/dist/<name>.zip and terraform/policies/<name>.json."
  type = map(object({
    memory_mb       = number
    timeout_seconds = number
  }))
  validation {
    condition     = alltrue([for settings in values(var.functions) : settings.memory_mb >= 128 && settings.memory_mb <= 10240 && settings.timeout_seconds >= 1 && settings.timeout_seconds <= 900])
    error_message = "Each function needs 128-10240 MB of memory and a timeout of 1-900 seconds (Lambda's limits)."
  }
}

variable "dist_dir" {
  description = "Folder holding the zips lambda/build makes (<function>.zip with the bootstrap binary)."
  type        = string
}

variable "architecture" {
  description = "Instruction set the bootstraps were built for: x86_64 or arm64."
  type        = string
  validation {
    condition     = contains(["x86_64", "arm64"], var.architecture)
    error_message = "architecture must be x86_64 or arm64."
  }
}

variable "policies_dir" {
  description = "Folder of the policy templates; <function>.json there is the function role's inline policy."
  type        = string
}

variable "template_vars" {
  description = "Values for the policy templates' placeholders shared by all functions; function_name is added per function."
  type        = map(string)
}

variable "environment" {
  description = "Environment variables every function gets (see Sources/Stages/StageEnvironment.swift: results bucket, experiments table, lab subnets, node security group, node instance profile)."
  type        = map(string)
}

variable "log_retention_days" {
  description = "Days the functions' CloudWatch log groups keep their logs."
  type        = number
}
