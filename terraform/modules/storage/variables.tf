variable "name_prefix" {
  description = "Prefix of every resource name (pulsar-aws-lab); the bucket is <prefix>-results-<account id>, the table <prefix>-experiments."
  type        = string
}

variable "account_id" {
  description = "AWS account id, part of the bucket name (bucket names are global)."
  type        = string
  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id))
    error_message = "account_id must be 12 digits."
  }
}

variable "results_retention_days" {
  description = "Days after which experiment files (experiments/ prefix) expire; 0 keeps them forever."
  type        = number
  validation {
    condition     = var.results_retention_days >= 0 && floor(var.results_retention_days) == var.results_retention_days
    error_message = "results_retention_days must be a whole number of days, 0 or more."
  }
}

variable "protect_results" {
  description = "true: the experiments table has deletion protection and `terraform destroy` refuses to delete a bucket that still holds results."
  type        = bool
}
