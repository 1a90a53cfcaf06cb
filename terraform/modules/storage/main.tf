# Where experiments leave what they produce: the results bucket (specs, OMB files, results, reports, janitor
# runs; layout in docs/stages.md) and the experiments table (one record per experiment, key experimentId).

resource "aws_s3_bucket" "results" {
  bucket        = "${var.name_prefix}-results-${var.account_id}"
  force_destroy = !var.protect_results
  #checkov:skip=CKV_AWS_18:Access logging needs a second bucket and costs per request; the bucket is private, TLS-only and written only by the lab's roles.
  #checkov:skip=CKV_AWS_144:Cross-region replication doubles storage for benchmark results that can be re-run; versioning and the retention rule cover accidents.
  #checkov:skip=CKV_AWS_145:SSE-S3 (AES-256) encrypts at rest without KMS request charges or a key policy for every role that reads results.
  #checkov:skip=CKV2_AWS_62:Nothing consumes object-created events; stages pass S3 keys through the state machine.
}

resource "aws_s3_bucket_public_access_block" "results" {
  bucket                  = aws_s3_bucket.results.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "results" {
  bucket = aws_s3_bucket.results.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "results" {
  bucket = aws_s3_bucket.results.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_versioning" "results" {
  bucket = aws_s3_bucket.results.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "results" {
  bucket     = aws_s3_bucket.results.id
  depends_on = [aws_s3_bucket_versioning.results]

  # Whole bucket: no paying for failed uploads or for versions nobody reads.
  rule {
    id     = "housekeeping"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }

  rule {
    id     = "experiments"
    status = var.results_retention_days > 0 ? "Enabled" : "Disabled"
    filter {
      prefix = "experiments/"
    }
    expiration {
      days = var.results_retention_days > 0 ? var.results_retention_days : 1
    }
  }

  rule {
    id     = "janitor-reports"
    status = "Enabled"
    filter {
      prefix = "janitor/"
    }
    expiration {
      days = 90
    }
  }
}

# TLS only: plain-HTTP requests are refused whoever makes them.
resource "aws_s3_bucket_policy" "results" {
  bucket     = aws_s3_bucket.results.id
  depends_on = [aws_s3_bucket_public_access_block.results]
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.results.arn, "${aws_s3_bucket.results.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

resource "aws_dynamodb_table" "experiments" {
  name                        = "${var.name_prefix}-experiments"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "experimentId"
  deletion_protection_enabled = var.protect_results

  attribute {
    name = "experimentId"
    type = "S"
  }

  attribute {
    name = "plan"
    type = "S"
  }

  attribute {
    name = "finishedAt"
    type = "S"
  }

  # A plan's runs, newest first: collect-results compares a nightly run with the plan's recent successful
  # runs (docs/stages.md, "The plan index").
  global_secondary_index {
    name            = "plan-finishedAt"
    hash_key        = "plan"
    range_key       = "finishedAt"
    projection_type = "ALL"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }
  #checkov:skip=CKV_AWS_119:Encrypted with the AWS managed key (aws/dynamodb); a customer managed key adds $1/month and a key policy for every stage role, for records that hold names, timings and summary numbers.
}
