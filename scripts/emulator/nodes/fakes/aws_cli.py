"""The AWS CLI on a simulated node: `aws s3 cp` against the emulator, signed as the node's instance profile role.

The real scripts call `aws s3 cp [--only-show-errors] [--region R] SOURCE TARGET` (download or upload). The
credentials are the node role's (the emulator hands them over as the instance metadata service would), so the
node's IAM policy (terraform/policies/node.json) is enforced; a node launched without an instance profile has
none and fails as the CLI does. Messages and exit codes follow the AWS CLI v2: 1 for a failed S3 transfer,
253 for missing credentials, 252 for usage, 255 for anything else.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

NO_CREDENTIALS = 253
USAGE = 252
S3_FAILED = 1
OTHER = 255


def _parse(argv: list[str]) -> tuple[list[str], dict[str, str | bool]]:
    positional: list[str] = []
    options: dict[str, str | bool] = {}
    index = 0
    while index < len(argv):
        word = argv[index]
        if word in ("--region", "--endpoint-url", "--profile", "--output", "--query"):
            if index + 1 >= len(argv):
                raise ValueError(f"argument {word}: expected one argument")
            options[word[2:]] = argv[index + 1]
            index += 2
            continue
        if word.startswith("--"):
            options[word[2:]] = True
        else:
            positional.append(word)
        index += 1
    return positional, options


def _split(uri: str) -> tuple[str, str]:
    bucket, _, key = uri[len("s3://"):].partition("/")
    return bucket, key


def _copy(client: object, source: str, target: str, quiet: bool) -> int:
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        if source.startswith("s3://") and not target.startswith("s3://"):
            bucket, key = _split(source)
            body = client.get_object(Bucket=bucket, Key=key)["Body"].read()  # type: ignore[attr-defined]
            destination = Path(target)
            if destination.is_dir():
                destination = destination / Path(key).name
            destination.write_bytes(body)
            if not quiet:
                print(f"download: {source} to {target}")
            return 0
        if target.startswith("s3://") and not source.startswith("s3://"):
            path = Path(source)
            if not path.is_file():
                print(f"\nThe user-provided path {source} does not exist.", file=sys.stderr)
                return 255
            bucket, key = _split(target)
            if not key or key.endswith("/"):
                key += path.name
            client.put_object(Bucket=bucket, Key=key, Body=path.read_bytes())  # type: ignore[attr-defined]
            if not quiet:
                print(f"upload: {source} to {target}")
            return 0
    except ClientError as problem:
        error = problem.response.get("Error", {})
        status = problem.response.get("ResponseMetadata", {}).get("HTTPStatusCode", "")
        if source.startswith("s3://"):
            reason = "Not Found" if str(status) == "404" or error.get("Code") in ("NoSuchKey", "404") else \
                error.get("Message") or error.get("Code", "")
            print(f"fatal error: An error occurred ({status or error.get('Code')}) when calling the HeadObject "
                  f"operation: {reason}", file=sys.stderr)
        else:
            print(f"upload failed: {source} to {target} An error occurred ({error.get('Code')}) when calling the "
                  f"PutObject operation: {error.get('Message', '')}", file=sys.stderr)
        return S3_FAILED
    except (BotoCoreError, OSError) as problem:
        print(f"fatal error: {problem}", file=sys.stderr)
        return S3_FAILED
    print(f"aws s3 cp: the simulated node copies between a file and s3:// only (got {source} {target})",
          file=sys.stderr)
    return USAGE


def main(argv: list[str]) -> int:
    try:
        positional, options = _parse(argv)
    except ValueError as problem:
        print(f"aws: error: {problem}", file=sys.stderr)
        return USAGE
    if positional[:2] != ["s3", "cp"] or len(positional) != 4:
        print(f"aws {' '.join(argv)}: the simulated node's AWS CLI implements `aws s3 cp SOURCE TARGET` only "
              "(scripts/emulator/nodes/fakes/aws_cli.py); add what a node-side script needs there", file=sys.stderr)
        return OTHER
    if not os.environ.get("AWS_ACCESS_KEY_ID"):
        print('\nUnable to locate credentials. You can configure credentials by running "aws configure".\n'
              "(simulated node: the instance has no instance profile)", file=sys.stderr)
        return NO_CREDENTIALS
    import boto3
    from botocore.config import Config

    region = str(options.get("region") or os.environ.get("AWS_REGION") or "us-east-1")
    client = boto3.session.Session().client(
        "s3", region_name=region, endpoint_url=os.environ["AWS_ENDPOINT_URL"],
        config=Config(retries={"mode": "standard", "max_attempts": 3}))
    return _copy(client, positional[2], positional[3], quiet=bool(options.get("only-show-errors")))
