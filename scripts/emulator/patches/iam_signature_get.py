"""Signature checks of bodiless requests (GET/HEAD/DELETE) hash an empty payload, as the signer did.

With IAM enforcement on, moto rebuilds the signed request with `data=self._body or self._data`; for a GET with
no body (Lambda GetFunction, ListFunctions, ...) that falls back to the parsed parameters, so the payload hash
differs and every such call fails with SignatureDoesNotMatch, whoever signs it. For these methods the query is
already in the path that is signed; the payload is empty.
"""
from __future__ import annotations

from typing import Any

from ..context import LabContext
from .patching import original, replace

WHY = "bodiless GET/HEAD/DELETE failed SignatureDoesNotMatch under IAM enforcement -> empty payload hashed"


def apply(lab: LabContext) -> None:
    from moto.iam.access_control import IAMRequestBase

    moto_create = original(IAMRequestBase, "_create_aws_request")

    def _create_aws_request(self: Any) -> Any:
        request = moto_create(self)
        if self._method in ("GET", "HEAD", "DELETE") and not self._body:
            request.data = b""
        return request

    replace(IAMRequestBase, "_create_aws_request", _create_aws_request)
