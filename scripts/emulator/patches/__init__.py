"""Explicit, labelled patches to moto 5.2.5: each module fixes one gap and says why in its docstring.

`apply_all` is idempotent: every patch wraps moto's original, never a previous patch.
"""
from __future__ import annotations

from ..context import LabContext
from . import (ec2_client_token, ec2_implicit_authorization, ec2_instance_boot, ec2_placement_groups, ec2_tag_lookup,
               ec2_terminate_releases_ips, fault_injection, iam_actions, iam_decisions, iam_error_format,
               iam_signature_get, lambda_invoke, s3_missing_key_needs_list, s3_presigned_urls, sfn_jsonata,
               sfn_logging_role, sfn_retry_interval, sfn_service_clients, sfn_wait_state, ssm_instance_information,
               ssm_list_command_invocations, ssm_node_commands)

ALL = (sfn_service_clients, sfn_retry_interval, sfn_wait_state, sfn_jsonata, sfn_logging_role, lambda_invoke,
       iam_actions, iam_decisions, iam_signature_get, iam_error_format, s3_missing_key_needs_list, s3_presigned_urls,
       ec2_client_token, ec2_implicit_authorization, ec2_instance_boot, ec2_placement_groups, ec2_tag_lookup,
       ec2_terminate_releases_ips, ssm_instance_information, ssm_list_command_invocations, ssm_node_commands,
       fault_injection)


def apply_all(lab: LabContext) -> list[str]:
    """Applies every patch; returns their one-line reasons (the emulator logs them at start)."""
    for patch in ALL:
        patch.apply(lab)
    return [f"{patch.__name__.rsplit('.', 1)[-1]}: {patch.WHY}" for patch in ALL]
