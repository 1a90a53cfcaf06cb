# The nodes' instance profile: SSM (Run Command, the health check and benchmark runner), the experiment prefix of
# the results bucket, and DescribeInstances for peer discovery. apply-infra may pass only this role.

data "aws_partition" "current" {}

resource "aws_iam_role" "node" {
  name        = "${var.name_prefix}-node"
  description = "Pulsar lab cluster nodes: SSM agent, experiment files in S3, peer discovery"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "node_ssm" {
  role       = aws_iam_role.node.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"
}

resource "aws_iam_role_policy" "node" {
  name   = "node"
  role   = aws_iam_role.node.id
  policy = templatefile("${var.policies_dir}/node.json", var.template_vars)
}

resource "aws_iam_instance_profile" "node" {
  name = "${var.name_prefix}-node"
  role = aws_iam_role.node.name
}
