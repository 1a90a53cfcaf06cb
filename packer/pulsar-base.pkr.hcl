# The pulsar-base AMI every experiment node boots from: Amazon Linux 2023, Amazon Corretto 17, Apache Pulsar
# (pinned, verified), OpenMessaging Benchmark (built at a pinned commit), the node-side scripts of the node
# contract (docs/node-contract.md) and the zookeeper, bookkeeper and pulsar-broker systemd units (installed, not
# enabled: node-bootstrap enables the one its role needs).
#
#   packer init packer/ && packer build -var region=us-east-1 packer/pulsar-base.pkr.hcl
#
# Packer reaches the build instance over SSM Session Manager (ssh_interface = "session_manager"): the plugin
# then opens no SSH port in its temporary security group, and the instance gets a temporary instance profile
# with only what the SSM agent needs. Needs the Session Manager plugin for the AWS CLI where Packer runs.

packer {
  required_version = ">= 1.9.0"
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = ">= 1.3.0"
    }
  }
}

variable "pulsar_version" {
  description = "Apache Pulsar release to install (the AMI's PulsarVersion tag; specs ask for it with pulsarVersion)."
  type        = string
  default     = "4.0.4"
  validation {
    condition     = can(regex("^[0-9]+\\.[0-9]+\\.[0-9]+$", var.pulsar_version))
    error_message = "The pulsar_version must look like 4.0.4."
  }
}

variable "pulsar_sha512" {
  description = "Optional SHA-512 of apache-pulsar-<version>-bin.tar.gz to pin on top of the release's own checksum and signature."
  type        = string
  default     = ""
}

variable "omb_commit" {
  description = "OpenMessaging Benchmark commit to build (full 40-character id; openmessaging/benchmark)."
  type        = string
  default     = "85599891321cafa2fb7065a63f009b4bb5374288"
  validation {
    condition     = can(regex("^[0-9a-f]{40}$", var.omb_commit))
    error_message = "The omb_commit must be a full 40-character commit id."
  }
}

variable "maven_version" {
  description = "Apache Maven used to build OMB (OMB needs 3.8.6 or later)."
  type        = string
  default     = "3.9.9"
}

variable "region" {
  description = "Region to build the AMI in: the lab's region (validate-ami looks for the image there)."
  type        = string
  default     = "us-east-1"
}

variable "instance_type" {
  description = "Build instance type (OMB's Maven build wants a few GiB of memory)."
  type        = string
  default     = "m6i.large"
}

variable "architecture" {
  description = "CPU architecture of the image: x86_64 or arm64 (the instance type must match)."
  type        = string
  default     = "x86_64"
  validation {
    condition     = contains(["x86_64", "arm64"], var.architecture)
    error_message = "The architecture must be x86_64 or arm64."
  }
}

variable "subnet_id" {
  description = "Optional subnet for the build instance (it needs a route to SSM and the internet); empty: the default VPC."
  type        = string
  default     = ""
}

locals {
  timestamp = formatdate("YYYYMMDDhhmmss", timestamp())
  ami_name  = "pulsar-base-${var.pulsar_version}-${local.timestamp}"
}

source "amazon-ebs" "pulsar_base" {
  region        = var.region
  instance_type = var.instance_type
  subnet_id     = var.subnet_id == "" ? null : var.subnet_id

  source_ami_filter {
    filters = {
      name                = "al2023-ami-2023.*-kernel-*-${var.architecture}"
      architecture        = var.architecture
      virtualization-type = "hvm"
      root-device-type    = "ebs"
    }
    owners      = ["amazon"]
    most_recent = true
  }

  # SSM Session Manager instead of an SSH port: no inbound rule at all.
  communicator                = "ssh"
  ssh_username                = "ec2-user"
  ssh_interface               = "session_manager"
  associate_public_ip_address = true
  temporary_iam_instance_profile_policy_document {
    Version = "2012-10-17"
    Statement {
      Effect = "Allow"
      Action = [
        "ssm:UpdateInstanceInformation",
        "ssmmessages:CreateControlChannel",
        "ssmmessages:CreateDataChannel",
        "ssmmessages:OpenControlChannel",
        "ssmmessages:OpenDataChannel",
      ]
      Resource = ["*"]
    }
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
  imds_support = "v2.0"

  launch_block_device_mappings {
    device_name           = "/dev/xvda"
    volume_size           = 16
    volume_type           = "gp3"
    delete_on_termination = true
  }

  ami_name        = local.ami_name
  ami_description = "Pulsar AWS Lab node: Apache Pulsar ${var.pulsar_version}, OpenMessaging Benchmark ${substr(var.omb_commit, 0, 7)}"
  tags = {
    Name          = local.ami_name
    Project       = "pulsar-aws-lab"
    ManagedBy     = "pulsar-aws-lab"
    PulsarVersion = var.pulsar_version
    OMBCommit     = var.omb_commit
    BaseAMI       = "{{ .SourceAMI }}"
  }
  snapshot_tags = {
    Project       = "pulsar-aws-lab"
    PulsarVersion = var.pulsar_version
  }
  run_tags = {
    Name    = "packer-pulsar-base"
    Project = "pulsar-aws-lab"
  }
}

build {
  sources = ["source.amazon-ebs.pulsar_base"]

  provisioner "file" {
    source      = "${path.root}/files/"
    destination = "/tmp/pulsar-lab-files"
  }

  provisioner "file" {
    source      = "${path.root}/scripts/verify-download.sh"
    destination = "/tmp/verify-download.sh"
  }

  provisioner "shell" {
    execute_command = "sudo -E bash '{{ .Path }}'"
    environment_vars = [
      "PULSAR_VERSION=${var.pulsar_version}",
      "PULSAR_SHA512=${var.pulsar_sha512}",
      "OMB_COMMIT=${var.omb_commit}",
      "MAVEN_VERSION=${var.maven_version}",
    ]
    scripts = [
      "${path.root}/scripts/install-base.sh",
      "${path.root}/scripts/install-pulsar.sh",
      "${path.root}/scripts/install-omb.sh",
      "${path.root}/scripts/install-lab-files.sh",
      "${path.root}/scripts/cleanup.sh",
    ]
  }

  post-processor "manifest" {
    output     = "${path.root}/manifest.json"
    strip_path = true
  }
}
