output "vpc_id" {
  description = "The lab VPC."
  value       = aws_vpc.lab.id
}

output "subnet_ids" {
  description = "Node subnet ids by availability zone."
  value       = { for zone, subnet in aws_subnet.nodes : zone => subnet.id }
}

output "default_subnet_id" {
  description = "The subnet apply-infra uses when the spec names no availability zone (tagged DefaultSubnet=true)."
  value       = aws_subnet.nodes[local.zones[0]].id
}

output "security_group_id" {
  description = "The cluster security group (pulsar-aws-lab-nodes)."
  value       = aws_security_group.nodes.id
}

output "node_instance_profile_name" {
  description = "Instance profile apply-infra gives every node."
  value       = aws_iam_instance_profile.node.name
}

output "node_role_arn" {
  description = "The nodes' role (the only role apply-infra may pass)."
  value       = aws_iam_role.node.arn
}
