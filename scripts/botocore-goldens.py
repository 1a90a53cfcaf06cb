#!/usr/bin/env python3
"""Writes the botocore golden requests that Tests/AWSServicesTests/BotocoreDifferentialTests compares with.

For every operation of Sources/AWSServices, one or more cases: the parameters, and the HTTP request the
installed botocore builds for them (method, URL, headers, body), captured on its `before-send` event and never
sent. Credentials (with a session token, as on Lambda), region and clock are fixed, so the files — signatures
included — are the same on every run with the same botocore.

Rerun after changing a case or upgrading botocore (scripts/requirements.txt pins moto, which pins botocore):
    scripts/ensure-venv && .venv/bin/python scripts/botocore-goldens.py
then run the Swift test and review `git diff Tests/AWSServicesTests/Golden/botocore`.

Choices that make the goldens describe our clients (see Golden/botocore/README.md):
  - request_checksum_calculation / response_checksum_validation = "when_required": our clients send no
    flexible checksums (x-amz-checksum-crc32) and ask for none; S3 requires them for none of these calls.
  - S3 with signature_version "s3v4": botocore would presign with the legacy SigV2 otherwise; and presigned
    URLs of DNS-compatible buckets with addressing_style "virtual", for the regional host (see presign_cases).
  - Idempotency tokens (RunInstances ClientToken) are always given, so botocore does not invent one.
"""

import base64
import datetime
import json
import pathlib
import sys
import urllib.parse

import botocore
import botocore.auth
import botocore.session
from botocore.config import Config

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "Tests" / "AWSServicesTests" / "Golden" / "botocore"

REGION = "eu-west-1"
ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SESSION_TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE/session+token="
FIXED_TIME = datetime.datetime(2024, 1, 2, 3, 4, 5)  # 20240102T030405Z

# Headers that differ from run to run or are the transport's business, not the request's.
VOLATILE_HEADERS = {"user-agent", "amz-sdk-invocation-id", "amz-sdk-request"}

ACCOUNT = "123456789012"
SUBNET = "subnet-0a1b2c3d4e5f67890"
STATE_MACHINE = f"arn:aws:states:{REGION}:{ACCOUNT}:stateMachine:pulsar-aws-lab-experiment"
EXECUTION = f"arn:aws:states:{REGION}:{ACCOUNT}:execution:pulsar-aws-lab-experiment:nightly-2026-11-26"
TAGS = [
    {"Key": "Project", "Value": "pulsar-aws-lab"},
    {"Key": "ExperimentID", "Value": "nightly-2026-11-26"},
    {"Key": "Component", "Value": "bookkeeper"},
    {"Key": "ExpiresAt", "Value": "2026-11-26T08:00:04Z"},
]
USER_DATA = "#!/bin/bash\nset -euo pipefail\necho 'bookie 1 of 3' > /etc/pulsar-lab/role\n"


class _Captured(Exception):
    """Raised from before-send with the prepared request, so nothing is sent."""

    def __init__(self, request):
        super().__init__("captured")
        self.request = request


class _FixedDateTime(datetime.datetime):
    """botocore.auth reads the clock through datetime.datetime; this one always answers FIXED_TIME."""

    @classmethod
    def utcnow(cls):
        return FIXED_TIME

    @classmethod
    def now(cls, tz=None):
        return FIXED_TIME.replace(tzinfo=tz) if tz else FIXED_TIME


def cases():
    """(case name, service, botocore operation name, parameters) for every golden request."""
    ec2_filters = [{"Name": "tag:ExperimentID", "Values": ["nightly-2026-11-26"]},
                   {"Name": "instance-state-name", "Values": ["pending", "running"]}]
    return [
        # EC2 (query protocol)
        ("ec2-describe-images", "ec2", "DescribeImages", {
            "Owners": ["self"], "MaxResults": 100, "NextToken": "page-2",
            "Filters": [{"Name": "name", "Values": ["pulsar-base-*"]}, {"Name": "state", "Values": ["available"]},
                        {"Name": "tag:PulsarVersion", "Values": ["4.0.1"]}]}),
        ("ec2-describe-images-by-id", "ec2", "DescribeImages", {"ImageIds": ["ami-0123456789abcdef0", "ami-12345678"]}),
        ("ec2-deregister-image", "ec2", "DeregisterImage", {"ImageId": "ami-0123456789abcdef0"}),
        ("ec2-describe-snapshots", "ec2", "DescribeSnapshots", {
            "MaxResults": 5, "NextToken": "page-2", "OwnerIds": ["self"],
            "Filters": [{"Name": "description", "Values": ["*ami-0123456789abcdef0*"]}]}),
        ("ec2-describe-snapshots-by-id", "ec2", "DescribeSnapshots", {"SnapshotIds": ["snap-0123456789abcdef0"]}),
        ("ec2-delete-snapshot", "ec2", "DeleteSnapshot", {"SnapshotId": "snap-0123456789abcdef0"}),
        ("ec2-copy-image", "ec2", "CopyImage", {
            "ClientToken": "ami-copy-0123456789abcdef0-to-eu-west-1", "Description": "Pulsar AWS Lab node, copy of ami-0123456789abcdef0",
            "Name": "pulsar-base-4.0.4-20261126235128", "SourceImageId": "ami-0123456789abcdef0",
            "SourceRegion": "us-east-1", "CopyImageTags": True}),
        ("ec2-create-tags", "ec2", "CreateTags", {
            "Resources": ["ami-0fedcba9876543210"],
            "Tags": [{"Key": "Project", "Value": "pulsar-aws-lab"}, {"Key": "PulsarVersion", "Value": "4.0.4"},
                     {"Key": "CopiedFrom", "Value": "us-east-1:ami-0123456789abcdef0"}]}),
        ("ec2-run-instances", "ec2", "RunInstances", {
            "BlockDeviceMappings": [
                {"Ebs": {"DeleteOnTermination": True, "Iops": 6000, "VolumeSize": 100, "VolumeType": "gp3",
                         "Throughput": 500, "Encrypted": True}, "DeviceName": "/dev/sdf"},
                {"Ebs": {"DeleteOnTermination": True, "VolumeSize": 500, "VolumeType": "st1"}, "DeviceName": "/dev/sdg"},
            ],
            "ImageId": "ami-0123456789abcdef0", "InstanceType": "i4i.xlarge", "MaxCount": 3, "MinCount": 3,
            "Placement": {"GroupName": "pulsar-lab-nightly-2026-11-26", "AvailabilityZone": "eu-west-1a"},
            "SecurityGroupIds": ["sg-0123456789abcdef0", "sg-0fedcba9876543210"], "SubnetId": SUBNET,
            "UserData": USER_DATA,
            "TagSpecifications": [{"ResourceType": kind, "Tags": TAGS}
                                  for kind in ("instance", "volume", "network-interface", "spot-instances-request")],
            "InstanceMarketOptions": {"MarketType": "spot", "SpotOptions": {
                "SpotInstanceType": "one-time", "InstanceInterruptionBehavior": "terminate"}},
            "MetadataOptions": {"HttpTokens": "required"},
            "ClientToken": "nightly-2026-11-26-bookkeeper-7f3a9c",
            "IamInstanceProfile": {"Arn": f"arn:aws:iam::{ACCOUNT}:instance-profile/pulsar-lab-node"}}),
        ("ec2-run-instances-minimal", "ec2", "RunInstances", {
            "ImageId": "ami-0123456789abcdef0", "InstanceType": "m6i.large", "MaxCount": 1, "MinCount": 1,
            "ClientToken": "nightly-2026-11-26-client-1b2c", "IamInstanceProfile": {"Name": "pulsar-lab-node"}}),
        ("ec2-describe-instances", "ec2", "DescribeInstances", {
            "Filters": ec2_filters, "NextToken": "page-2", "MaxResults": 5}),
        ("ec2-describe-instances-by-id", "ec2", "DescribeInstances", {"InstanceIds": ["i-0123456789abcdef0", "i-0fedcba9876543210"]}),
        ("ec2-terminate-instances", "ec2", "TerminateInstances", {"InstanceIds": ["i-0123456789abcdef0", "i-0fedcba9876543210"]}),
        ("ec2-create-placement-group", "ec2", "CreatePlacementGroup", {
            "TagSpecifications": [{"ResourceType": "placement-group", "Tags": TAGS}],
            "GroupName": "pulsar-lab-nightly-2026-11-26", "Strategy": "cluster"}),
        ("ec2-describe-placement-groups", "ec2", "DescribePlacementGroups", {
            "GroupNames": ["pulsar-lab-nightly-2026-11-26"], "Filters": [{"Name": "tag:Project", "Values": ["pulsar-aws-lab"]}]}),
        ("ec2-delete-placement-group", "ec2", "DeletePlacementGroup", {"GroupName": "pulsar-lab-nightly-2026-11-26"}),
        ("ec2-describe-volumes", "ec2", "DescribeVolumes", {
            "Filters": [{"Name": "tag:ExperimentID", "Values": ["nightly-2026-11-26"]}, {"Name": "status", "Values": ["available"]}],
            "NextToken": "page-2", "MaxResults": 50}),
        ("ec2-delete-volume", "ec2", "DeleteVolume", {"VolumeId": "vol-0123456789abcdef0"}),
        ("ec2-describe-network-interfaces", "ec2", "DescribeNetworkInterfaces", {
            "NextToken": "page-2", "MaxResults": 5, "NetworkInterfaceIds": ["eni-0123456789abcdef0"],
            "Filters": [{"Name": "status", "Values": ["available"]}]}),
        ("ec2-delete-network-interface", "ec2", "DeleteNetworkInterface", {"NetworkInterfaceId": "eni-0123456789abcdef0"}),
        ("ec2-describe-spot-instance-requests", "ec2", "DescribeSpotInstanceRequests", {
            "NextToken": "page-2", "MaxResults": 5,
            "Filters": [{"Name": "tag:ExperimentID", "Values": ["nightly-2026-11-26"]}, {"Name": "state", "Values": ["open", "active"]}]}),
        ("ec2-describe-spot-instance-requests-by-id", "ec2", "DescribeSpotInstanceRequests", {
            "SpotInstanceRequestIds": ["sir-0123abcd", "sir-4567efgh"]}),
        ("ec2-cancel-spot-instance-requests", "ec2", "CancelSpotInstanceRequests", {
            "SpotInstanceRequestIds": ["sir-0123abcd", "sir-4567efgh"]}),
        # SSM (JSON 1.1)
        ("ssm-send-command", "ssm", "SendCommand", {
            "InstanceIds": ["i-0123456789abcdef0", "i-0fedcba9876543210"], "DocumentName": "AWS-RunShellScript",
            "TimeoutSeconds": 600, "Comment": "pulsar-aws-lab nightly-2026-11-26 benchmark 0",
            "Parameters": {"commands": ["set -e", "/opt/pulsar-lab/bin/run-benchmark --workload 0 \"1 topic\""],
                           "executionTimeout": ["3600"]},
            "OutputS3BucketName": "pulsar-lab-results", "OutputS3KeyPrefix": "experiments/nightly-2026-11-26/ssm/"}),
        ("ssm-send-command-minimal", "ssm", "SendCommand", {
            "InstanceIds": ["i-0123456789abcdef0"], "DocumentName": "AWS-RunShellScript",
            "Parameters": {"commands": ["systemctl is-active pulsar-broker"]}}),
        ("ssm-get-command-invocation", "ssm", "GetCommandInvocation", {
            "CommandId": "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", "InstanceId": "i-0123456789abcdef0"}),
        ("ssm-list-command-invocations", "ssm", "ListCommandInvocations", {
            "CommandId": "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0", "InstanceId": "i-0123456789abcdef0", "MaxResults": 10,
            "NextToken": "page-2", "Details": True}),
        ("ssm-describe-instance-information", "ssm", "DescribeInstanceInformation", {
            "Filters": [{"Key": "InstanceIds", "Values": ["i-0123456789abcdef0", "i-0fedcba9876543210"]},
                        {"Key": "tag:ExperimentID", "Values": ["nightly-2026-11-26"]}],
            "MaxResults": 50, "NextToken": "page-2"}),
        # S3 (REST-XML)
        ("s3-put-object", "s3", "PutObject", {
            "Bucket": "pulsar-lab-results", "Key": "experiments/nightly-2026-11-26/report/a b+c é.html",
            "Body": "<html>report</html>\n".encode(), "ContentType": "text/html; charset=utf-8"}),
        ("s3-get-object", "s3", "GetObject", {"Bucket": "pulsar-lab-results", "Key": "experiments/nightly-2026-11-26/spec.json"}),
        ("s3-head-object", "s3", "HeadObject", {
            "Bucket": "pulsar-lab-results", "Key": "experiments/nightly-2026-11-26/workloads/0-1-topic/result.json"}),
        ("s3-list-objects-v2", "s3", "ListObjectsV2", {
            "Bucket": "pulsar-lab-results", "Delimiter": "/", "MaxKeys": 2, "Prefix": "experiments/nightly 2026/",
            "ContinuationToken": "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="}),
        ("s3-delete-object", "s3", "DeleteObject", {"Bucket": "pulsar-lab-results", "Key": "janitor/2026-11-26T02:00:00Z.json"}),
        # DynamoDB (JSON 1.0)
        ("dynamodb-put-item", "dynamodb", "PutItem", {
            "TableName": "pulsar-lab-experiments",
            "Item": {"experimentId": {"S": "nightly-2026-11-26"}, "attempt": {"N": "1"}, "dryRun": {"BOOL": False},
                     "stages": {"M": {"validate": {"M": {"status": {"S": "done"}, "at": {"S": "2026-11-26T02:00:04Z"}}}}},
                     "workloads": {"L": [{"S": "1-topic"}, {"N": "16"}]}, "note": {"NULL": True},
                     "components": {"SS": ["bookkeeper", "broker", "zookeeper"]}},
            "ConditionExpression": "attribute_not_exists(#id) OR #arn = :arn",
            "ExpressionAttributeNames": {"#arn": "executionArn", "#id": "experimentId"},
            "ExpressionAttributeValues": {":arn": {"S": EXECUTION}}}),
        ("dynamodb-update-item", "dynamodb", "UpdateItem", {
            "TableName": "pulsar-lab-experiments", "Key": {"experimentId": {"S": "nightly-2026-11-26"}},
            "UpdateExpression": "SET #stages.#stage = :stage, #status = :status",
            "ConditionExpression": "attribute_exists(experimentId)",
            "ExpressionAttributeNames": {"#stage": "apply-infra", "#stages": "stages", "#status": "status"},
            "ExpressionAttributeValues": {":stage": {"M": {"at": {"S": "2026-11-26T02:03:00Z"}, "status": {"S": "done"}}},
                                          ":status": {"S": "RUNNING"}},
            "ReturnValues": "ALL_NEW"}),
        ("dynamodb-get-item", "dynamodb", "GetItem", {
            "TableName": "pulsar-lab-experiments", "Key": {"experimentId": {"S": "nightly-2026-11-26"}}, "ConsistentRead": True}),
        ("dynamodb-query", "dynamodb", "Query", {
            "TableName": "pulsar-lab-experiments", "IndexName": "plan-createdAt", "Limit": 25, "ScanIndexForward": False,
            "ExclusiveStartKey": {"experimentId": {"S": "nightly-2026-11-25"}, "plan": {"S": "nightly"},
                                  "createdAt": {"S": "2026-11-25T02:00:04Z"}},
            "FilterExpression": "#status <> :aborted",
            "KeyConditionExpression": "#plan = :plan AND createdAt > :since",
            "ExpressionAttributeNames": {"#plan": "plan", "#status": "status"},
            "ExpressionAttributeValues": {":aborted": {"S": "ABORTED"}, ":plan": {"S": "nightly"},
                                          ":since": {"S": "2026-11-01T00:00:00Z"}}}),
        # Step Functions (JSON 1.0)
        ("sfn-start-execution", "stepfunctions", "StartExecution", {
            "stateMachineArn": STATE_MACHINE, "name": "nightly-2026-11-26",
            "input": json.dumps({"plan": "nightly", "spec": {"workloads": ["1-topic-16-partitions-1kb"]}})}),
        ("sfn-describe-execution", "stepfunctions", "DescribeExecution", {"executionArn": EXECUTION}),
        ("sfn-list-executions", "stepfunctions", "ListExecutions", {
            "stateMachineArn": STATE_MACHINE, "statusFilter": "RUNNING", "maxResults": 20, "nextToken": "page-2"}),
        ("sfn-get-execution-history", "stepfunctions", "GetExecutionHistory", {
            "executionArn": EXECUTION, "maxResults": 50, "reverseOrder": True, "nextToken": "page-2",
            "includeExecutionData": False}),
        ("sfn-stop-execution", "stepfunctions", "StopExecution", {
            "executionArn": EXECUTION, "error": "Lab.Aborted", "cause": "stopped by lab abort (requested by alice)"}),
        # Resource Groups Tagging API (JSON 1.1)
        ("tagging-get-resources", "resourcegroupstaggingapi", "GetResources", {
            "PaginationToken": "page-2",
            "TagFilters": [{"Key": "Project", "Values": ["pulsar-aws-lab"]}, {"Key": "ExpiresAt"}],
            "ResourcesPerPage": 50, "ResourceTypeFilters": ["ec2:instance", "ec2:volume", "ec2:placement-group"]}),
        # Cost Explorer (JSON 1.1; one endpoint, ce.us-east-1.amazonaws.com signed for us-east-1, from any region)
        ("ce-get-cost-and-usage", "ce", "GetCostAndUsage", {
            "TimePeriod": {"Start": "2026-11-26", "End": "2026-11-28"}, "Granularity": "DAILY",
            "Filter": {"Tags": {"Key": "ExperimentID", "Values": ["nightly-2026-11-26"], "MatchOptions": ["EQUALS"]}},
            "Metrics": ["UnblendedCost"], "GroupBy": [{"Type": "DIMENSION", "Key": "SERVICE"}], "NextPageToken": "page-2"}),
        ("ce-get-cost-and-usage-minimal", "ce", "GetCostAndUsage", {
            "TimePeriod": {"Start": "2026-11-01", "End": "2026-12-01"}, "Granularity": "MONTHLY",
            "Metrics": ["UnblendedCost", "UsageQuantity"]}),
        # Lambda (REST-JSON)
        ("lambda-invoke", "lambda", "Invoke", {
            "FunctionName": f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:pulsar-lab-janitor",
            "InvocationType": "RequestResponse", "LogType": "Tail",
            "Payload": json.dumps({"experimentId": "nightly-2026-11-26", "dryRun": True}).encode(), "Qualifier": "live"}),
        ("lambda-invoke-event", "lambda", "Invoke", {
            "FunctionName": "pulsar-lab-janitor", "InvocationType": "Event", "Payload": b'{"mode":"sweep"}'}),
    ]


def presign_cases():
    """(case name, bucket, key, expires in, S3 addressing style) for presigned GET URLs.

    For a DNS-compatible bucket botocore presigns on the legacy global host (bucket.s3.amazonaws.com) unless
    the addressing style is "virtual"; our client always uses the regional host, which AWS recommends (a
    global-host link to a new bucket in another region is redirected, and the redirect breaks the signed
    Host). So that case asks botocore for "virtual". A bucket with dots cannot be a TLS host name: path style.
    """
    return [
        ("s3-presigned-get", "pulsar-lab-results", "experiments/nightly-2026-11-26/report/index a+b.html", 3600, "virtual"),
        ("s3-presigned-get-path-style", "pulsar.lab.results", "experiments/x/report/index.html", 604800, None),
    ]


def make_client(session, service, addressing_style=None):
    client = session.create_client(
        service, region_name=REGION, aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
        aws_session_token=SESSION_TOKEN,
        config=Config(retries={"max_attempts": 1, "mode": "standard"}, request_checksum_calculation="when_required",
                      response_checksum_validation="when_required",
                      # botocore presigns S3 URLs with SigV2 unless told otherwise; AWS wants SigV4 everywhere.
                      signature_version="s3v4" if service == "s3" else None,
                      s3={"addressing_style": addressing_style} if addressing_style else None))

    def capture(request, **_):
        raise _Captured(request)

    client.meta.events.register("before-send", capture)
    return client


def jsonable(value):
    """Parameters as JSON: bytes become {"base64": …}."""
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode()}
    if isinstance(value, dict):
        return {key: jsonable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [jsonable(item) for item in value]
    return value


def describe_url(url):
    parts = urllib.parse.urlsplit(url)
    return {
        "url": url,
        "host": parts.netloc,
        "path": parts.path,
        # Decoded name/value pairs in botocore's order (a name without "=" has the value "").
        "query": [[name, value] for name, value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)],
    }


def capture_request(client, operation, parameters):
    method = getattr(client, botocore.xform_name(operation))
    try:
        method(**parameters)
    except _Captured as captured:
        request = captured.request
    else:
        raise SystemExit(f"botocore sent {operation} instead of stopping at before-send")
    body = request.body
    if hasattr(body, "read"):
        body = body.read()
    if isinstance(body, str):
        body = body.encode()
    body = body or b""
    headers = {}
    for name, value in request.headers.items():
        if name.lower() in VOLATILE_HEADERS:
            continue
        headers[name] = value.decode() if isinstance(value, bytes) else str(value)
    described = {"method": request.method, **describe_url(request.url), "headers": headers}
    try:
        described["body"] = body.decode("utf-8")
    except UnicodeDecodeError:
        described["bodyBase64"] = base64.b64encode(body).decode()
    return described


def write(name, document):
    path = OUTPUT / f"{name}.json"
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8")
    return path


def main():
    botocore.auth.datetime.datetime = _FixedDateTime
    session = botocore.session.Session()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for stale in OUTPUT.glob("*.json"):
        stale.unlink()
    generator = f"scripts/botocore-goldens.py, botocore {botocore.__version__}"
    fixed = {"region": REGION, "accessKeyID": ACCESS_KEY, "secretAccessKey": SECRET_KEY, "sessionToken": SESSION_TOKEN,
             "time": FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")}
    clients = {}
    count = 0
    for name, service, operation, parameters in cases():
        client = clients.setdefault(service, make_client(session, service))
        request = capture_request(client, operation, dict(parameters))
        write(name, {"case": name, "generator": generator, "fixed": fixed, "service": service, "operation": operation,
                     "parameters": jsonable(parameters), "request": request})
        count += 1
    for name, bucket, key, expires_in, addressing_style in presign_cases():
        s3 = make_client(session, "s3", addressing_style)
        url = s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=expires_in)
        write(name, {"case": name, "generator": generator, "fixed": fixed, "service": "s3", "operation": "GetObject",
                     "presign": {"bucket": bucket, "key": key, "expiresIn": expires_in, "addressingStyle": addressing_style},
                     "request": {"method": "GET", **describe_url(url)}})
        count += 1
    print(f"botocore-goldens: wrote {count} requests to {OUTPUT.relative_to(ROOT)} with botocore {botocore.__version__}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
