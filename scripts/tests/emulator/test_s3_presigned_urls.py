"""Presigned S3 GET URLs against the emulator (patches/s3_presigned_urls.py): a link signed by a key that may read
the object fetches it with a plain HTTP GET; a changed signature, another principal's or an expired link, or a
principal not allowed s3:GetObject are refused as S3 refuses them (403, with S3's codes). moto 5.2.5 answered
every presigned request with HTTP 500 under IAM enforcement."""
from __future__ import annotations

import time
import urllib.error
import urllib.request
import uuid

import pytest
from botocore.config import Config

from emulator.server import Emulator

BODY = b"<!doctype html><title>report</title>\xe2\x9c\x93"


@pytest.fixture(scope="module")
def stored(emulator: Emulator) -> tuple[str, str]:
    bucket = f"presign-{uuid.uuid4().hex[:12]}"
    s3 = emulator.client("s3")
    s3.create_bucket(Bucket=bucket)
    key = "experiments/presign-1/report/index.html"
    s3.put_object(Bucket=bucket, Key=key, Body=BODY, ContentType="text/html")
    return bucket, key


def _presign(emulator: Emulator, bucket: str, key: str, expires: int = 600,
             credentials: tuple[str, str] | None = None) -> str:
    import boto3

    access_key, secret = credentials or emulator.admin_credentials
    s3 = boto3.session.Session().client("s3", region_name="us-east-1", endpoint_url=emulator.endpoint_url,
                                        aws_access_key_id=access_key, aws_secret_access_key=secret,
                                        config=Config(signature_version="s3v4"))
    return s3.generate_presigned_url("get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=expires)


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def test_a_presigned_link_fetches_the_object_with_a_plain_get(emulator: Emulator, stored: tuple[str, str]) -> None:
    status, body = _get(_presign(emulator, *stored))
    assert (status, body) == (200, BODY), body[:300]


def test_a_changed_signature_or_expiry_is_signature_does_not_match(emulator: Emulator,
                                                                    stored: tuple[str, str]) -> None:
    url = _presign(emulator, *stored)
    tampered = url[:-1] + ("0" if url[-1] != "0" else "1")
    status, body = _get(tampered)
    assert status == 403 and b"<Code>SignatureDoesNotMatch</Code>" in body, body[:300]
    longer = url.replace("X-Amz-Expires=600", "X-Amz-Expires=6000")
    assert longer != url
    status, body = _get(longer)
    assert status == 403 and b"<Code>SignatureDoesNotMatch</Code>" in body, body[:300]


def test_an_expired_link_is_refused(emulator: Emulator, stored: tuple[str, str]) -> None:
    url = _presign(emulator, *stored, expires=1)
    time.sleep(2.2)
    status, body = _get(url)
    assert status == 403 and b"Request has expired" in body, body[:300]


def test_a_principal_without_get_object_is_denied_and_an_unknown_key_rejected(emulator: Emulator,
                                                                              stored: tuple[str, str]) -> None:
    iam = emulator.client("iam")
    user = f"presign-reader-{uuid.uuid4().hex[:8]}"
    iam.create_user(UserName=user)
    key = iam.create_access_key(UserName=user)["AccessKey"]
    status, body = _get(_presign(emulator, *stored, credentials=(key["AccessKeyId"], key["SecretAccessKey"])))
    assert status == 403 and b"<Code>AccessDenied</Code>" in body, body[:300]
    status, body = _get(_presign(emulator, *stored, credentials=("AKIAUNKNOWNUNKNOWN00", "not-a-secret")))
    assert status == 403 and b"InvalidAccessKeyId" in body, body[:300]
