"""IAM enforcement errors are answered in the service's own protocol, so clients can read the error code.

moto renders AccessDenied, InvalidClientTokenId and SignatureDoesNotMatch as query-protocol XML for every
service. JSON services (Logs, DynamoDB, SSM, Step Functions, Lambda, ...) answer JSON on AWS, e.g.
`{"__type": "AccessDeniedException", "message": "..."}`; given XML, botocore (and our AWSCore) see only
"403" and cannot tell a denial from anything else. The codes are the ones those services use.
"""
from __future__ import annotations

import json
from typing import Any

from werkzeug.exceptions import HTTPException

from ..context import LabContext
from .patching import original, replace

WHY = "IAM denials were XML for JSON services (clients read '403') -> {'__type': 'AccessDeniedException', ...}"

JSON_CODES = {
    "AccessDenied": "AccessDeniedException",
    "InvalidClientTokenId": "UnrecognizedClientException",
    "SignatureDoesNotMatch": "InvalidSignatureException",
}


class JSONAuthError(HTTPException):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(description=json.dumps({"__type": code, "message": message, "Message": message}))
        self.code = status  # werkzeug's HTTP status attribute, read by moto's call_action


def apply(lab: LabContext) -> None:
    from moto.core.responses import BaseResponse
    from moto.core.utils import get_service_model

    moto_authorize = original(BaseResponse, "_authenticate_and_authorize_normal_action")

    def _authenticate_and_authorize_normal_action(self: Any, resource: str = "*") -> None:
        try:
            moto_authorize(self, resource)
        except HTTPException as error:
            error_type = getattr(error, "error_type", None)
            if error_type not in JSON_CODES:
                raise
            try:
                protocol = get_service_model(self.boto3_service_name).protocol
            except Exception:  # noqa: BLE001 - a service botocore does not model keeps moto's answer
                raise error from None
            if protocol not in ("json", "rest-json"):
                raise
            raise JSONAuthError(int(error.code or 403), JSON_CODES[error_type], getattr(error, "message", "")) from error

    replace(BaseResponse, "_authenticate_and_authorize_normal_action", _authenticate_and_authorize_normal_action)
