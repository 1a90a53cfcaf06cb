provider "aws" {
  region = var.region

  # Every resource Terraform creates carries the project tags; the resources of an experiment get theirs
  # (ExperimentID, Component, ExpiresAt, ExecutionArn, ...) from apply-infra at creation.
  default_tags {
    tags = local.project_tags
  }
}

data "aws_caller_identity" "current" {}

data "aws_region" "current" {}
