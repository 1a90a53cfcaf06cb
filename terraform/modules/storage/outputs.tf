output "results_bucket_name" {
  description = "The results bucket (pulsar-aws-lab-results-<account id>)."
  value       = aws_s3_bucket.results.bucket
}

output "results_bucket_arn" {
  description = "ARN of the results bucket."
  value       = aws_s3_bucket.results.arn
}

output "experiments_table_name" {
  description = "The experiments table (pulsar-aws-lab-experiments, hash key experimentId)."
  value       = aws_dynamodb_table.experiments.name
}

output "experiments_table_arn" {
  description = "ARN of the experiments table."
  value       = aws_dynamodb_table.experiments.arn
}
