# The lab network: one VPC, one subnet per zone, the cluster security group (open only to itself on the
# Pulsar ports), and how nodes reach SSM, EC2 (peer discovery) and S3. No inbound rule from anywhere else.

data "aws_availability_zones" "available" {
  state = "available"
  #checkov:skip=CKV_AWS_394:Only read when availability_zones is empty, and then sorted and cut to zone_count, so a new zone never adds a subnet by itself; pin zones with availability_zones.
}

data "aws_region" "current" {}

locals {
  zones       = length(var.availability_zones) > 0 ? var.availability_zones : slice(sort(data.aws_availability_zones.available.names), 0, var.zone_count)
  public_ip   = var.node_connectivity == "public-ip"
  region_name = data.aws_region.current.name

  # Pulsar's ports between nodes (the cluster runs without TLS, inside this group only).
  pulsar_ports = {
    zookeeper-client   = 2181
    zookeeper-quorum   = 2888
    zookeeper-election = 3888
    bookie             = 3181
    bookie-stream      = 4181
    broker-binary      = 6650
    broker-http        = 8080
  }

  # What SSM Agent (ssm, ssmmessages, ec2messages) and peer discovery (ec2) call, in vpc-endpoints mode.
  interface_endpoints = local.public_ip ? [] : ["ec2", "ec2messages", "ssm", "ssmmessages"]
}

resource "aws_vpc" "lab" {
  cidr_block           = var.vpc_cidr
  enable_dns_support   = true
  enable_dns_hostnames = true
  tags                 = { Name = "${var.name_prefix}-vpc" }
  #checkov:skip=CKV2_AWS_11:Flow logs would cost more than the lab's nodes' traffic is worth watching; nothing reaches the nodes from outside (no inbound rule), and the cluster is short-lived.
}

# The default group of the VPC keeps no rules: nothing may use it by accident.
resource "aws_default_security_group" "lab" {
  vpc_id = aws_vpc.lab.id
  tags   = { Name = "${var.name_prefix}-default-unused" }
}

resource "aws_subnet" "nodes" {
  for_each                = { for index, zone in local.zones : zone => index }
  vpc_id                  = aws_vpc.lab.id
  availability_zone       = each.key
  cidr_block              = cidrsubnet(var.vpc_cidr, 24 - tonumber(split("/", var.vpc_cidr)[1]), each.value + 1)
  map_public_ip_on_launch = local.public_ip
  tags = {
    Name = "${var.name_prefix}-${each.key}"
    # apply-infra launches here when the spec names no availabilityZone.
    DefaultSubnet = each.value == 0 ? "true" : "false"
  }
  #checkov:skip=CKV_AWS_130:In public-ip mode nodes need a public IPv4 address to reach SSM, EC2 and S3 without paying for interface endpoints (README: cost); the security group admits nothing from outside the cluster.
}

resource "aws_route_table" "nodes" {
  vpc_id = aws_vpc.lab.id
  tags   = { Name = "${var.name_prefix}-nodes" }
}

resource "aws_route_table_association" "nodes" {
  for_each       = aws_subnet.nodes
  subnet_id      = each.value.id
  route_table_id = aws_route_table.nodes.id
}

resource "aws_internet_gateway" "lab" {
  count  = local.public_ip ? 1 : 0
  vpc_id = aws_vpc.lab.id
  tags   = { Name = "${var.name_prefix}-igw" }
}

resource "aws_route" "internet" {
  count                  = local.public_ip ? 1 : 0
  route_table_id         = aws_route_table.nodes.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.lab[0].id
}

# S3 through a gateway endpoint in both modes: free, and results never leave the AWS network.
resource "aws_vpc_endpoint" "s3" {
  vpc_id            = aws_vpc.lab.id
  service_name      = "com.amazonaws.${local.region_name}.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = [aws_route_table.nodes.id]
  tags              = { Name = "${var.name_prefix}-s3" }
}

resource "aws_security_group" "nodes" {
  name        = "${var.name_prefix}-nodes"
  description = "Pulsar lab nodes: Pulsar ports among themselves, HTTPS out to AWS APIs; nothing inbound from elsewhere"
  vpc_id      = aws_vpc.lab.id
  tags        = { Name = "${var.name_prefix}-nodes" }
  #checkov:skip=CKV2_AWS_5:Attached at launch: apply-infra puts every experiment node in this group (RunInstances), outside Terraform.
}

resource "aws_vpc_security_group_ingress_rule" "pulsar" {
  for_each                     = local.pulsar_ports
  security_group_id            = aws_security_group.nodes.id
  referenced_security_group_id = aws_security_group.nodes.id
  ip_protocol                  = "tcp"
  from_port                    = each.value
  to_port                      = each.value
  description                  = "${each.key} from cluster nodes only"
}

resource "aws_vpc_security_group_egress_rule" "pulsar" {
  for_each                     = local.pulsar_ports
  security_group_id            = aws_security_group.nodes.id
  referenced_security_group_id = aws_security_group.nodes.id
  ip_protocol                  = "tcp"
  from_port                    = each.value
  to_port                      = each.value
  description                  = "${each.key} to cluster nodes"
}

resource "aws_vpc_security_group_egress_rule" "https_to_aws_apis" {
  count             = local.public_ip ? 1 : 0
  security_group_id = aws_security_group.nodes.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  description       = "HTTPS to the regional SSM, EC2 and S3 endpoints (public-ip mode)"
}

resource "aws_vpc_security_group_egress_rule" "https_to_endpoints" {
  count             = local.public_ip ? 0 : 1
  security_group_id = aws_security_group.nodes.id
  cidr_ipv4         = var.vpc_cidr
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  description       = "HTTPS to the interface endpoints in the VPC (vpc-endpoints mode)"
}

resource "aws_vpc_security_group_egress_rule" "https_to_s3" {
  security_group_id = aws_security_group.nodes.id
  prefix_list_id    = aws_vpc_endpoint.s3.prefix_list_id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  description       = "HTTPS to S3 through the gateway endpoint"
}

resource "aws_security_group" "endpoints" {
  count       = local.public_ip ? 0 : 1
  name        = "${var.name_prefix}-endpoints"
  description = "Interface endpoints of the lab VPC: HTTPS from the nodes only"
  vpc_id      = aws_vpc.lab.id
  tags        = { Name = "${var.name_prefix}-endpoints" }
}

resource "aws_vpc_security_group_ingress_rule" "endpoints_from_nodes" {
  count                        = local.public_ip ? 0 : 1
  security_group_id            = aws_security_group.endpoints[0].id
  referenced_security_group_id = aws_security_group.nodes.id
  ip_protocol                  = "tcp"
  from_port                    = 443
  to_port                      = 443
  description                  = "HTTPS from lab nodes"
}

resource "aws_vpc_endpoint" "interface" {
  for_each            = toset(local.interface_endpoints)
  vpc_id              = aws_vpc.lab.id
  service_name        = "com.amazonaws.${local.region_name}.${each.key}"
  vpc_endpoint_type   = "Interface"
  subnet_ids          = [for subnet in aws_subnet.nodes : subnet.id]
  security_group_ids  = [aws_security_group.endpoints[0].id]
  private_dns_enabled = true
  tags                = { Name = "${var.name_prefix}-${each.key}" }
}
