"""GetSigningCertificate: an X.509 certificate for the pool's signing key (the key its tokens
and SAML requests are signed with), self-signed, made once and kept in the store so every
call answers the same certificate."""

from __future__ import annotations

import base64
import datetime

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID

from cognito_grpc.engine import records
from cognito_grpc.engine.ops import handler

KIND = "signing-certificate"
VALIDITY = datetime.timedelta(days=3650)


def _certificate(pool_id: str, key, now: float) -> str:
    """The certificate as Cognito answers it: base64 DER, no PEM armour."""
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "US"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Amazon Cognito"),
                      x509.NameAttribute(NameOID.COMMON_NAME, pool_id)])
    start = datetime.datetime.fromtimestamp(int(now), datetime.timezone.utc)
    certificate = (x509.CertificateBuilder()
                   .subject_name(name).issuer_name(name)
                   .public_key(key.public_key())
                   .serial_number(x509.random_serial_number())
                   .not_valid_before(start).not_valid_after(start + VALIDITY)
                   .sign(key, hashes.SHA256()))
    return base64.b64encode(certificate.public_bytes(serialization.Encoding.DER)).decode()


@handler("GetSigningCertificate")
def get_signing_certificate(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    records.require_pool(ctx.store.read(), pool_id)
    kid, key = ctx.keys.signing_key(pool_id)
    made = None
    with ctx.store.write() as tx:  # one write: the first certificate made is the pool's
        row = tx.execute("SELECT doc FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                         (pool_id, KIND, kid)).fetchone()
        if row is None:
            made = _certificate(pool_id, key.private_key, ctx.now)
            tx.execute("INSERT INTO items (pool_id, kind, key, doc) VALUES (?, ?, ?, ?)",
                       (pool_id, KIND, kid, records.dumps(made)))
    return {"Certificate": made or records.loads(row[0])}
