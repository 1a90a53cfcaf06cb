"""Presigned S3 URLs (SigV4 query-string authentication) are checked as S3 checks them.

With IAM enforcement on, moto reads `Credential=` from the `Authorization` header of every S3 request; a presigned
GET carries its signature in the query (`X-Amz-Credential`, `X-Amz-Date`, `X-Amz-Expires`, `X-Amz-SignedHeaders`,
`X-Amz-Signature`) and has no such header, so moto failed with HTTP 500 (KeyError 'HTTP_AUTHORIZATION') and no
link `lab report ID` prints could be opened. Here such a request is authenticated like S3 does it: the canonical
request is rebuilt from the method, the path as sent, every query parameter but the signature, the signed headers
and `UNSIGNED-PAYLOAD`; a different signature is `SignatureDoesNotMatch`, a link past `X-Amz-Date + X-Amz-Expires`
is `AccessDenied` (Request has expired), and the signer's policies must allow the action, as for any request.

See https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
"""
from __future__ import annotations

import datetime
import hashlib
import hmac
from typing import Any
from urllib.parse import parse_qsl, quote

from ..context import LabContext
from .patching import original, replace

WHY = "presigned S3 GETs (no Authorization header) failed HTTP 500 under IAM enforcement -> query-string SigV4 checked"

_QUERY_AUTH = ("X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders",
               "X-Amz-Signature")


def _encode(text: str) -> str:
    return quote(text, safe="-_.~")


def _signing_key(secret: str, scope: list[str]) -> bytes:
    key = ("AWS4" + secret).encode()
    for part in scope[1:5]:  # date, region, service, aws4_request
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    return key


def expected_signature(*, method: str, path: str, query: list[tuple[str, str]], headers: Any, secret: str) -> str:
    """The signature S3 computes for a presigned request: `query` holds the decoded parameters as sent."""
    parameters = dict(query)
    scope = parameters["X-Amz-Credential"].split("/")
    signed = parameters["X-Amz-SignedHeaders"].split(";")
    canonical_query = "&".join(f"{_encode(name)}={_encode(value)}"
                               for name, value in sorted(query) if name != "X-Amz-Signature")
    canonical_headers = "".join(f"{name}:{' '.join(str(headers.get(name, '')).split())}\n" for name in signed)
    canonical = "\n".join([method, path, canonical_query, canonical_headers, ";".join(signed), "UNSIGNED-PAYLOAD"])
    string_to_sign = "\n".join(["AWS4-HMAC-SHA256", parameters["X-Amz-Date"], "/".join(scope[1:5]),
                                hashlib.sha256(canonical.encode()).hexdigest()])
    return hmac.new(_signing_key(secret, scope), string_to_sign.encode(), hashlib.sha256).hexdigest()


def expired(amz_date: str, expires: str, now: datetime.datetime | None = None) -> bool:
    signed_at = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return now > signed_at + datetime.timedelta(seconds=int(expires))


def apply(lab: LabContext) -> None:
    from moto.iam.access_control import IAMRequestBase
    from moto.s3.exceptions import S3ClientError

    class RequestHasExpired(S3ClientError):
        def __init__(self) -> None:
            super().__init__("AccessDenied", "Request has expired")

    moto_init = original(IAMRequestBase, "__init__")
    moto_check_signature = original(IAMRequestBase, "check_signature")

    def __init__(self: Any, account_id: str, method: str, path: str, data: Any, body: Any, headers: Any,
                 action: Any) -> None:
        raw_path, _, query_text = path.partition("?")
        query = parse_qsl(query_text, keep_blank_values=True)
        parameters = dict(query)
        self._presigned = None
        if "Authorization" not in headers and all(name in parameters for name in _QUERY_AUTH) \
                and len(parameters["X-Amz-Credential"].split("/")) == 5:
            # moto reads the key id, region and service from an Authorization header: give it one that says
            # what the query says, and check the query's signature ourselves (check_signature below).
            synthesized = dict(headers.items())
            synthesized["Authorization"] = (
                f"AWS4-HMAC-SHA256 Credential={parameters['X-Amz-Credential']}, "
                f"SignedHeaders={parameters['X-Amz-SignedHeaders']}, Signature={parameters['X-Amz-Signature']}")
            synthesized["X-Amz-Date"] = parameters["X-Amz-Date"]
            if "X-Amz-Security-Token" in parameters:
                synthesized["X-Amz-Security-Token"] = parameters["X-Amz-Security-Token"]
            self._presigned = {"path": raw_path, "query": query, "headers": headers}
            headers = synthesized
        moto_init(self, account_id, method, path, data, body, headers, action)

    def check_signature(self: Any) -> None:
        presigned = getattr(self, "_presigned", None)
        if presigned is None:
            moto_check_signature(self)
            return
        parameters = dict(presigned["query"])
        secret = self._access_key.create_credentials().secret_key
        signature = expected_signature(method=self._method, path=presigned["path"], query=presigned["query"],
                                       headers=presigned["headers"], secret=secret)
        if not hmac.compare_digest(signature, parameters["X-Amz-Signature"]):
            self._raise_signature_does_not_match()
        if expired(parameters["X-Amz-Date"], parameters["X-Amz-Expires"]):
            raise RequestHasExpired()

    replace(IAMRequestBase, "__init__", __init__)
    replace(IAMRequestBase, "check_signature", check_signature)
