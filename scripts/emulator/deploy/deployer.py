"""Creates in the emulator what Terraform creates on AWS, from the files Terraform reads.

Order: storage (results bucket, experiments table), the lab network (VPC, subnet, security group), the node role
and instance profile, a stand-in for the Packer-built `pulsar-base-*` AMI, one IAM role + log group + Lambda
function per zip in lambda/dist with its policy from terraform/policies/<function>.json, the state machine role
and every statemachine/*.asl.json with its execution logging, and the scheduler role with the two schedules.
Re-running it updates code, policies and definitions in place (like `terraform apply`).
"""
from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path
from typing import Any

from .. import jsonlog
from ..constants import Lab, Paths
from ..patches.sfn_jsonata import MESSAGE as JSONATA_MESSAGE
from . import function_settings, orchestration, templates, variables, weakening
from .deployment import Deployment

LAMBDA_TRUST = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
STATES_TRUST = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "states.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
EC2_TRUST = {"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
STATE_MACHINE_POLICY = "state-machine"


class DeployError(RuntimeError):
    pass


def base_tags() -> dict[str, str]:
    return {"Project": Lab.PROJECT_TAG, "ManagedBy": Lab.PROJECT_TAG}


def _declares_jsonata(node: Any) -> bool:
    """True when the definition, or any state in it (Map and Parallel included), asks for JSONata."""
    if isinstance(node, dict):
        return node.get("QueryLanguage") == "JSONata" or any(_declares_jsonata(v) for v in node.values())
    if isinstance(node, list):
        return any(_declares_jsonata(v) for v in node)
    return False


def deploy_into(emulator: Any, **options: Any) -> tuple["Deployer", Deployment]:
    """Deploys into a running Emulator and tells it which role the Step Functions interpreter signs as."""
    deployer = Deployer(emulator.client, **options)
    deployment = deployer.deploy()
    emulator.principals.state_machine_role_arn = deployment.roles[STATE_MACHINE_POLICY]
    return deployer, deployment


class Deployer:
    def __init__(self, client: Any, *, dist: Path = Paths.DIST, policies: Path = Paths.POLICIES,
                 state_machines: Path = Paths.STATE_MACHINES, region: str = Lab.REGION,
                 account_id: str = Lab.ACCOUNT_ID) -> None:
        """`client(service)` returns an admin boto3 client for the emulator."""
        self._client = client
        self.dist, self.policies, self.state_machine_dir = dist, policies, state_machines
        self.region, self.account_id = region, account_id

    def deploy(self) -> Deployment:
        started = time.monotonic()
        deployment = Deployment(results_bucket=variables.results_bucket(self.account_id),
                                experiments_table=variables.experiments_table())
        self._storage(deployment)
        # Network and the node profile first: the functions' environment names them.
        self._network(deployment)
        self._node_profile(deployment)
        self._ami(deployment)
        functions = function_settings.function_names(self.dist)
        if not functions:
            raise DeployError(f"no function zips in {self.dist}: build them with lambda/build")
        for function in functions:
            self.deploy_function(function, deployment)
        self._state_machines(functions, deployment)
        self._schedules(deployment)
        jsonlog.info("deployed", component="deploy", seconds=round(time.monotonic() - started, 3),
                     functions=functions, stateMachines=sorted(deployment.state_machines),
                     schedules=sorted(deployment.schedules))
        return deployment

    # --- storage -----------------------------------------------------------------------------------------

    def _storage(self, deployment: Deployment) -> None:
        s3 = self._client("s3")
        if deployment.results_bucket not in {b["Name"] for b in s3.list_buckets()["Buckets"]}:
            s3.create_bucket(Bucket=deployment.results_bucket)
            s3.put_bucket_tagging(Bucket=deployment.results_bucket, Tagging={
                "TagSet": [{"Key": k, "Value": v} for k, v in base_tags().items()]})
            # SSE-S3 by default, as terraform/modules/storage sets it (the SSM agent asks for it before uploading).
            s3.put_bucket_encryption(Bucket=deployment.results_bucket, ServerSideEncryptionConfiguration={
                "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]})
        dynamodb = self._client("dynamodb")
        if deployment.experiments_table not in dynamodb.list_tables()["TableNames"]:
            # As terraform/modules/storage creates it, with the plan index collect-results queries.
            dynamodb.create_table(
                TableName=deployment.experiments_table, BillingMode="PAY_PER_REQUEST",
                AttributeDefinitions=[{"AttributeName": name, "AttributeType": "S"}
                                      for name in ("experimentId", "plan", "finishedAt")],
                KeySchema=[{"AttributeName": "experimentId", "KeyType": "HASH"}],
                GlobalSecondaryIndexes=[{
                    "IndexName": "plan-finishedAt",
                    "KeySchema": [{"AttributeName": "plan", "KeyType": "HASH"},
                                  {"AttributeName": "finishedAt", "KeyType": "RANGE"}],
                    "Projection": {"ProjectionType": "ALL"}}],
                Tags=[{"Key": k, "Value": v} for k, v in base_tags().items()])

    # --- IAM + Lambda ------------------------------------------------------------------------------------

    def _role(self, name: str, trust: dict[str, Any], policy_name: str, policy: str) -> str:
        iam = self._client("iam")
        try:
            arn = iam.get_role(RoleName=name)["Role"]["Arn"]
        except iam.exceptions.NoSuchEntityException:
            arn = iam.create_role(RoleName=name, AssumeRolePolicyDocument=json.dumps(trust),
                                  Tags=[{"Key": k, "Value": v} for k, v in base_tags().items()])["Role"]["Arn"]
        iam.put_role_policy(RoleName=name, PolicyName=policy_name, PolicyDocument=policy)
        return arn

    def render_policy(self, name: str, values: dict[str, str]) -> str:
        path = self.policies / f"{name}.json"
        if not path.is_file():
            raise DeployError(f"{path} is missing: every function needs its IAM policy document there "
                              "(Terraform and the lab both read it)")
        rendered = templates.render(path.read_text(), values, source=str(path))
        try:
            json.loads(rendered)
        except ValueError as problem:
            raise DeployError(f"{path} is not valid JSON once rendered: {problem}") from problem
        try:
            return weakening.weaken(name, rendered)
        except weakening.WeakeningError as problem:
            raise DeployError(str(problem)) from problem

    def deploy_function(self, function: str, deployment: Deployment, *, zip_bytes: bytes | None = None,
                        policy: str | None = None, name: str | None = None,
                        timeout_seconds: int | None = None, environment: dict[str, str] | None = None) -> str:
        """Creates or updates one function and its role; the keyword overrides serve tests (other zips, policies)."""
        resource_name = name or variables.function_resource_name(function)
        code = zip_bytes if zip_bytes is not None else (self.dist / f"{function}.zip").read_bytes()
        rendered = policy if policy is not None else self.render_policy(
            function, variables.for_policy(function, self.account_id, self.region))
        role_arn = self._role(resource_name, LAMBDA_TRUST, function, rendered)
        if name is None and function not in function_settings.TEST_FIXTURES:
            # terraform/modules/functions creates each function's group before the function (its role may not).
            self._log_group(orchestration.function_log_group(resource_name))
        settings = function_settings.settings_for(function)
        try:
            with zipfile.ZipFile(io.BytesIO(code)) as archive:
                bootstrap = archive.read("bootstrap")[:64] if "bootstrap" in archive.namelist() else b""
        except zipfile.BadZipFile:
            bootstrap = b""
        configuration = dict(
            FunctionName=resource_name, Role=role_arn, Handler="bootstrap", Runtime="provided.al2023",
            MemorySize=settings.memory_mb, Timeout=timeout_seconds or settings.timeout_seconds,
            Environment={"Variables": dict({
                # The stage functions' environment contract (Sources/Stages/StageEnvironment.swift), as
                # terraform/main.tf sets it.
                "PULSAR_LAB_RESULTS_BUCKET": deployment.results_bucket,
                "PULSAR_LAB_EXPERIMENTS_TABLE": deployment.experiments_table,
                # <zone>=<subnet>, the default first, as terraform/main.tf passes them (docs/stages.md).
                "PULSAR_LAB_SUBNET_IDS": f"{self.region}a={deployment.subnet_id}" if deployment.subnet_id else "",
                "PULSAR_LAB_SECURITY_GROUP_ID": deployment.security_group_id,
                "PULSAR_LAB_NODE_INSTANCE_PROFILE": deployment.node_instance_profile,
            }, **(environment or {}))})
        lam = self._client("lambda")
        try:
            lam.get_function(FunctionName=resource_name)
        except lam.exceptions.ResourceNotFoundException:
            arn = lam.create_function(Code={"ZipFile": code}, Architectures=[function_settings.architecture(bootstrap)],
                                      Tags=base_tags(), **configuration)["FunctionArn"]
        else:
            lam.update_function_code(FunctionName=resource_name, ZipFile=code)
            arn = lam.update_function_configuration(**configuration)["FunctionArn"]
        deployment.functions[function if name is None else name] = arn
        deployment.roles[function if name is None else name] = role_arn
        return arn

    def _log_group(self, name: str) -> str:
        """Creates the log group (retention as Terraform sets it) unless it exists; returns its ARN."""
        logs = self._client("logs")
        if not any(group["logGroupName"] == name
                   for group in logs.describe_log_groups(logGroupNamePrefix=name)["logGroups"]):
            logs.create_log_group(logGroupName=name, tags=base_tags())
            logs.put_retention_policy(logGroupName=name, retentionInDays=orchestration.LOG_RETENTION_DAYS)
        return f"arn:aws:logs:{self.region}:{self.account_id}:log-group:{name}"

    # --- Step Functions ----------------------------------------------------------------------------------

    def _state_machines(self, functions: list[str], deployment: Deployment) -> None:
        policy = self.render_policy(STATE_MACHINE_POLICY, variables.common(self.account_id, self.region))
        role_arn = self._role(f"{Lab.NAME_PREFIX}-states", STATES_TRUST, STATE_MACHINE_POLICY, policy)
        deployment.roles[STATE_MACHINE_POLICY] = role_arn
        values = variables.for_state_machine(functions, self.account_id, self.region)
        sfn = self._client("stepfunctions")
        existing = {m["name"]: m["stateMachineArn"] for m in sfn.list_state_machines()["stateMachines"]}
        for path in sorted(self.state_machine_dir.glob("*.asl.json")):
            stem = path.name[: -len(".asl.json")]
            text = path.read_text()
            missing = _functions_not_built(text, values)
            if missing:
                # A definition whose functions lambda/dist does not hold yet cannot run: skip it with a
                # reason instead of failing the whole deployment (other placeholders still must resolve).
                deployment.skipped_state_machines[stem] = (
                    f"needs {', '.join(missing)}, which lambda/dist lacks (run lambda/build)")
                jsonlog.info("state machine skipped", component="deploy", stateMachine=stem,
                             reason=deployment.skipped_state_machines[stem])
                continue
            definition = templates.render(text, values, source=str(path))
            if _declares_jsonata(json.loads(definition)):
                raise DeployError(f"{path}: {JSONATA_MESSAGE}")
            name = f"{Lab.NAME_PREFIX}-{stem}"
            # Execution logs as terraform/modules/orchestration configures them; Step Functions checks at
            # create/update that the role may deliver them (patches/sfn_logging_role.py emulates that check).
            logging = orchestration.logging_configuration(
                self._log_group(orchestration.state_machine_log_group(name)))
            if name in existing:
                sfn.update_state_machine(stateMachineArn=existing[name], definition=definition, roleArn=role_arn,
                                         loggingConfiguration=logging)
                deployment.state_machines[stem] = existing[name]
            else:
                deployment.state_machines[stem] = sfn.create_state_machine(
                    name=name, definition=definition, roleArn=role_arn, type="STANDARD",
                    loggingConfiguration=logging,
                    tags=[{"key": k, "value": v} for k, v in base_tags().items()])["stateMachineArn"]

    # --- EventBridge Scheduler ---------------------------------------------------------------------------

    def _schedules(self, deployment: Deployment) -> None:
        """The nightly plan and the janitor sweep with the scheduler role (terraform/policies/scheduler.json), as
        terraform/modules/orchestration creates them; they need the experiment state machine and the janitor."""
        missing = [what for what, there in (("the experiment state machine", "experiment" in deployment.state_machines),
                                            ("the janitor function", "janitor" in deployment.functions)) if not there]
        if missing:
            deployment.skipped_schedules = f"needs {' and '.join(missing)}, which this deploy lacks"
            jsonlog.info("schedules skipped", component="deploy", reason=deployment.skipped_schedules)
            return
        policy = self.render_policy(orchestration.SCHEDULER_POLICY, variables.common(self.account_id, self.region))
        role_arn = self._role(orchestration.SCHEDULER_ROLE, orchestration.SCHEDULER_TRUST,
                              orchestration.SCHEDULER_POLICY, policy)
        deployment.roles[orchestration.SCHEDULER_POLICY] = role_arn
        nightly = dict(
            Name=orchestration.NIGHTLY_PLAN, Description="Starts the nightly benchmark plan",
            ScheduleExpression=orchestration.NIGHTLY_PLAN_SCHEDULE,
            ScheduleExpressionTimezone=orchestration.NIGHTLY_PLAN_TIMEZONE, State=orchestration.NIGHTLY_PLAN_STATE,
            FlexibleTimeWindow={"Mode": "OFF"},
            Target={"Arn": orchestration.START_EXECUTION_TARGET, "RoleArn": role_arn,
                    "Input": orchestration.nightly_plan_target_input(
                        deployment.state_machines["experiment"], orchestration.NIGHTLY_PLAN_INPUT_FILE.read_text()),
                    "RetryPolicy": {"MaximumRetryAttempts": 0}})
        sweep = dict(
            Name=orchestration.JANITOR_SWEEP,
            Description="Periodic janitor sweep: removes what expired or orphaned experiments left",
            ScheduleExpression=orchestration.JANITOR_SWEEP_SCHEDULE, State="ENABLED",
            FlexibleTimeWindow={"Mode": "OFF"},
            Target={"Arn": deployment.functions["janitor"], "RoleArn": role_arn,
                    "Input": orchestration.JANITOR_SWEEP_INPUT, "RetryPolicy": {"MaximumRetryAttempts": 2}})
        scheduler = self._client("scheduler")
        existing = {item["Name"] for item in scheduler.list_schedules()["Schedules"]}
        for schedule in (nightly, sweep):
            call = scheduler.update_schedule if schedule["Name"] in existing else scheduler.create_schedule
            deployment.schedules[schedule["Name"]] = call(**schedule)["ScheduleArn"]

    # --- network and AMI ---------------------------------------------------------------------------------

    def _network(self, deployment: Deployment) -> None:
        ec2 = self._client("ec2")
        tagged = [{"Name": "tag:Project", "Values": [Lab.PROJECT_TAG]}]

        def tags(name: str, resource: str) -> list[dict[str, Any]]:
            return [{"ResourceType": resource, "Tags": [{"Key": "Name", "Value": name},
                                                        *({"Key": k, "Value": v} for k, v in base_tags().items())]}]

        vpcs = ec2.describe_vpcs(Filters=tagged)["Vpcs"]
        deployment.vpc_id = vpcs[0]["VpcId"] if vpcs else ec2.create_vpc(
            CidrBlock="10.42.0.0/16", TagSpecifications=tags(f"{Lab.NAME_PREFIX}-vpc", "vpc"))["Vpc"]["VpcId"]
        subnets = ec2.describe_subnets(Filters=tagged)["Subnets"]
        subnet_tags = tags(f"{Lab.NAME_PREFIX}-subnet", "subnet")
        # terraform/modules/network tags the subnet apply-infra uses when the spec names no availabilityZone.
        subnet_tags[0]["Tags"].append({"Key": "DefaultSubnet", "Value": "true"})
        deployment.subnet_id = subnets[0]["SubnetId"] if subnets else ec2.create_subnet(
            VpcId=deployment.vpc_id, CidrBlock="10.42.1.0/24", AvailabilityZone=f"{self.region}a",
            TagSpecifications=subnet_tags)["Subnet"]["SubnetId"]
        groups = ec2.describe_security_groups(Filters=tagged)["SecurityGroups"]
        if groups:
            deployment.security_group_id = groups[0]["GroupId"]
        else:
            group = ec2.create_security_group(
                GroupName=f"{Lab.NAME_PREFIX}-nodes", Description="Pulsar lab nodes: traffic among themselves",
                VpcId=deployment.vpc_id, TagSpecifications=tags(f"{Lab.NAME_PREFIX}-nodes", "security-group"))
            deployment.security_group_id = group["GroupId"]
            ec2.authorize_security_group_ingress(GroupId=group["GroupId"], IpPermissions=[
                {"IpProtocol": "-1", "UserIdGroupPairs": [{"GroupId": group["GroupId"]}]}])

    def _node_profile(self, deployment: Deployment) -> None:
        """The nodes' role and instance profile (terraform/modules/network), with terraform/policies/node.json."""
        iam = self._client("iam")
        name = f"{Lab.NAME_PREFIX}-node"
        policy = self.render_policy("node", variables.common(self.account_id, self.region))
        deployment.roles["node"] = self._role(name, EC2_TRUST, "node", policy)
        try:
            iam.get_instance_profile(InstanceProfileName=name)
        except iam.exceptions.NoSuchEntityException:
            iam.create_instance_profile(InstanceProfileName=name, Tags=[{"Key": k, "Value": v} for k, v in base_tags().items()])
            iam.add_role_to_instance_profile(InstanceProfileName=name, RoleName=name)
        deployment.node_instance_profile = name

    def _ami(self, deployment: Deployment) -> None:
        """A stand-in for the Packer-built image (Terraform does not build it on AWS either): the name pattern
        and PulsarVersion tag are what validate-ami looks for."""
        ec2 = self._client("ec2")
        images = ec2.describe_images(Owners=["self"], Filters=[{"Name": "name", "Values": ["pulsar-base-*"]}])["Images"]
        if images:
            deployment.ami_id = images[0]["ImageId"]
            return
        name = f"pulsar-base-{Lab.PULSAR_VERSION}-{time.strftime('%Y%m%d%H%M%S', time.gmtime())}"
        deployment.ami_id = ec2.register_image(
            Name=name, Description="simulated pulsar-base AMI registered by the emulated lab",
            Architecture="x86_64", RootDeviceName="/dev/xvda")["ImageId"]
        ec2.create_tags(Resources=[deployment.ami_id], Tags=[
            {"Key": "PulsarVersion", "Value": Lab.PULSAR_VERSION}, {"Key": "Simulated", "Value": "true"},
            *({"Key": k, "Value": v} for k, v in base_tags().items())])


def _functions_not_built(text: str, values: dict[str, str]) -> list[str]:
    """Functions a definition names (`${<function>_function_arn}`) that have no deployed zip."""
    suffixes = ("_function_arn", "_function_name")
    missing = {name[: -len(suffix)].replace("_", "-")
               for name in templates.placeholders(text) if name not in values
               for suffix in suffixes if name.endswith(suffix)}
    return sorted(missing)
