"""A missing object is 404 NoSuchKey only for a caller who may list the bucket; others get 403 AccessDenied.

S3 does not tell callers without s3:ListBucket whether a key exists: "If the object you request doesn't exist,
the error that Amazon S3 returns depends on whether you also have the s3:ListBucket permission. If you have the
s3:ListBucket permission on the bucket, Amazon S3 returns an HTTP status code 404 Not Found error. If you don't
have the s3:ListBucket permission, Amazon S3 returns an HTTP status code 403 Access Denied error."
(https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html, the same for HeadObject). moto answers 404
to everyone, so a policy's s3:ListBucket (which the stages hold exactly to tell a missing result from a denied
one) was never needed in the lab. Here GetObject/HeadObject of a missing key asks moto's enforcement whether the
caller may s3:ListBucket the bucket (recorded and logged like any decision) and answers AccessDenied if not.
Like every check of the lab it matches the action, not the Resource or Condition (patches/iam_actions.py).
"""
from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from ..context import LabContext
from .patching import original, replace

WHY = "a missing key was 404 for every caller -> 403 AccessDenied unless the caller may s3:ListBucket, as S3 answers"


def apply(lab: LabContext) -> None:
    from moto import settings
    from moto.core.authorization import ActionAuthenticatorMixin
    from moto.iam.access_control import S3IAMRequest
    from moto.s3.responses import S3Response

    moto_authorize = original(S3Response, "_authenticate_and_authorize_s3_action")

    def _authenticate_and_authorize_s3_action(self: Any, bucket_name: str | None = None,
                                              key_name: str | None = None) -> None:
        moto_authorize(self, bucket_name=bucket_name, key_name=key_name)
        enforced = ActionAuthenticatorMixin.request_count >= settings.INITIAL_NO_AUTH_ACTION_COUNT
        if not (enforced and bucket_name and key_name and self.data.get("Action") == "GetObject"
                and self.method in ("GET", "HEAD") and "Authorization" in self.headers):
            return
        try:
            exists = self.backend.get_object(bucket_name, key_name) is not None
        except Exception:  # noqa: BLE001 - no such bucket (or version): moto's own answer follows
            return
        if exists:
            return
        path = self.raw_path + (f"?{urlparse(self.uri).query}" if urlparse(self.uri).query else "")
        S3IAMRequest(account_id=self.current_account, method=self.method, path=path, data=self.data,
                     body=self.raw_body, headers=self.headers, action="ListBucket"
                     ).check_action_permitted(f"arn:aws:s3:::{bucket_name}")

    replace(S3Response, "_authenticate_and_authorize_s3_action", _authenticate_and_authorize_s3_action)
