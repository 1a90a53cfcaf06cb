"""The template variables, named once: Terraform must pass the same names and values (docs/emulated-lab.md)."""
from __future__ import annotations

from ..constants import Lab


def function_resource_name(function: str) -> str:
    """AWS name of a function (and of its role): `pulsar-aws-lab-<binary name>`."""
    return f"{Lab.NAME_PREFIX}-{function}"


def identifier(function: str) -> str:
    """`validate-ami` -> `validate_ami`, the spelling placeholders use."""
    return function.replace("-", "_")


def results_bucket(account_id: str) -> str:
    return f"{Lab.NAME_PREFIX}-results-{account_id}"


def experiments_table() -> str:
    return f"{Lab.NAME_PREFIX}-experiments"


def common(account_id: str, region: str) -> dict[str, str]:
    bucket, table = results_bucket(account_id), experiments_table()
    return {
        "region": region,
        "account_id": account_id,
        "name_prefix": Lab.NAME_PREFIX,
        "results_bucket": bucket,
        "results_bucket_arn": f"arn:aws:s3:::{bucket}",
        "experiments_table": table,
        "experiments_table_arn": f"arn:aws:dynamodb:{region}:{account_id}:table/{table}",
    }


def for_policy(function: str, account_id: str, region: str) -> dict[str, str]:
    return dict(common(account_id, region), function_name=function_resource_name(function))


def for_state_machine(functions: list[str], account_id: str, region: str) -> dict[str, str]:
    variables = common(account_id, region)
    for function in functions:
        name = function_resource_name(function)
        variables[f"{identifier(function)}_function_name"] = name
        variables[f"{identifier(function)}_function_arn"] = f"arn:aws:lambda:{region}:{account_id}:function:{name}"
    return variables
