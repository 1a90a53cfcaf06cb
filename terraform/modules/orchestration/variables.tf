variable "name_prefix" {
  description = "Prefix of every resource name (pulsar-aws-lab); the state machine is <prefix>-experiment."
  type        = string
}

variable "definition_file" {
  description = "The experiment state machine's ASL (statemachine/experiment.asl.json), a templatefile template."
  type        = string
}

variable "definition_vars" {
  description = "Values for the ASL's placeholders: the common ones plus <function>_function_name and <function>_function_arn per stage."
  type        = map(string)
}

variable "policies_dir" {
  description = "Folder of the policy templates; state-machine.json and scheduler.json are used here."
  type        = string
}

variable "template_vars" {
  description = "Values for the policy templates' placeholders (region, account_id, name_prefix, ...)."
  type        = map(string)
}

variable "janitor_function_arn" {
  description = "The janitor function, target of the failure rule and of the sweep schedule."
  type        = string
}

variable "janitor_function_name" {
  description = "Name of the janitor function (for its EventBridge invoke permission)."
  type        = string
}

variable "log_retention_days" {
  description = "Days the state machine's log group keeps execution logs."
  type        = number
}

variable "state_machine_log_level" {
  description = "Step Functions execution logging level: ALL, ERROR, FATAL or OFF."
  type        = string
  validation {
    condition     = contains(["ALL", "ERROR", "FATAL", "OFF"], var.state_machine_log_level)
    error_message = "state_machine_log_level must be ALL, ERROR, FATAL or OFF."
  }
}

variable "nightly_plan_enabled" {
  description = "Whether the nightly plan schedule runs (it is created either way, so it can be switched on in the console)."
  type        = bool
}

variable "nightly_plan_schedule" {
  description = "EventBridge Scheduler expression for the nightly plan, e.g. cron(0 2 * * ? *)."
  type        = string
  validation {
    condition     = can(regex("^(cron|rate|at)\\(.+\\)$", var.nightly_plan_schedule))
    error_message = "nightly_plan_schedule must be a Scheduler expression: cron(...), rate(...) or at(...)."
  }
}

variable "nightly_plan_timezone" {
  description = "IANA time zone the nightly cron expression is read in, e.g. UTC or Europe/Berlin."
  type        = string
}

variable "nightly_plan_input" {
  description = "The experiment spec (JSON text) each nightly execution starts with."
  type        = string
  validation {
    condition     = can(jsondecode(var.nightly_plan_input))
    error_message = "nightly_plan_input must be JSON (an experiment spec, docs/experiment-spec.md)."
  }
}

variable "janitor_sweep_schedule" {
  description = "EventBridge Scheduler expression for the janitor's periodic sweep, e.g. rate(1 hour)."
  type        = string
  validation {
    condition     = can(regex("^(cron|rate)\\(.+\\)$", var.janitor_sweep_schedule))
    error_message = "janitor_sweep_schedule must be cron(...) or rate(...)."
  }
}

variable "janitor_sweep_input" {
  description = "JSON the sweep schedule sends the janitor (its scheduled-sweep input, docs/janitor.md)."
  type        = string
  validation {
    condition     = try(jsondecode(var.janitor_sweep_input).action, null) == "sweep"
    error_message = "janitor_sweep_input must be the janitor's sweep input: JSON with \"action\": \"sweep\" (docs/janitor.md)."
  }
}

variable "notification_email" {
  description = "E-mail address subscribed to the notifications topic (failed, timed-out, aborted and nightly executions); null for none."
  type        = string
  validation {
    condition     = var.notification_email == null || can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.notification_email))
    error_message = "notification_email must be an e-mail address or null."
  }
}
