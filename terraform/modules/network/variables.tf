variable "name_prefix" {
  description = "Prefix of every resource name; the stages find the lab's resources by it (pulsar-aws-lab)."
  type        = string
}

variable "vpc_cidr" {
  description = "CIDR block of the lab VPC; each subnet takes the /24 at index zone + 1 (10.42.1.0/24 first, as in the emulated lab)."
  type        = string
  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && tonumber(split("/", var.vpc_cidr)[1]) <= 20
    error_message = "vpc_cidr must be an IPv4 CIDR block of /20 or larger (e.g. 10.42.0.0/16)."
  }
}

variable "availability_zones" {
  description = "Zones to put node subnets in, first one the default zone for experiments that name none; empty = the first zone_count zones of the region."
  type        = list(string)
  validation {
    condition     = length(var.availability_zones) <= 6
    error_message = "At most 6 availability zones."
  }
}

variable "zone_count" {
  description = "How many zones get a node subnet when availability_zones is empty."
  type        = number
  validation {
    condition     = var.zone_count >= 1 && var.zone_count <= 6 && floor(var.zone_count) == var.zone_count
    error_message = "zone_count must be a whole number from 1 to 6."
  }
}

variable "node_connectivity" {
  description = "How nodes reach SSM, EC2 and S3: \"public-ip\" (public IPv4 per node + internet gateway, no inbound rule) or \"vpc-endpoints\" (private subnets + interface endpoints). See the README for the monthly cost of each."
  type        = string
  validation {
    condition     = contains(["public-ip", "vpc-endpoints"], var.node_connectivity)
    error_message = "node_connectivity must be \"public-ip\" or \"vpc-endpoints\"."
  }
}

variable "policies_dir" {
  description = "Folder of the IAM policy templates (terraform/policies); the node role's inline policy is node.json there."
  type        = string
}

variable "template_vars" {
  description = "Values for the policy templates' placeholders (region, account_id, name_prefix, results_bucket_arn, ...), as docs/emulated-lab.md lists them."
  type        = map(string)
}
