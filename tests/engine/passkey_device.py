"""soft-webauthn (a software authenticator) speaking the JSON documents Cognito exchanges:
CredentialCreationOptions / CredentialRequestOptions in, a credential document out."""

from __future__ import annotations

import base64

from soft_webauthn import SoftWebauthnDevice


def from_b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def to_b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


class Passkey:
    def __init__(self, origin: str):
        self.device = SoftWebauthnDevice()
        self.origin = origin

    def register(self, creation_options: dict) -> dict:
        options = dict(creation_options, challenge=from_b64url(creation_options["challenge"]),
                       user=dict(creation_options["user"],
                                 id=from_b64url(creation_options["user"]["id"])))
        made = self.device.create({"publicKey": options}, self.origin)
        raw, response = made["rawId"], made["response"]
        return {"id": to_b64url(raw), "rawId": to_b64url(raw), "type": "public-key",
                "response": {"clientDataJSON": to_b64url(response["clientDataJSON"]),
                             "attestationObject": to_b64url(response["attestationObject"]),
                             "transports": ["internal"]},
                "authenticatorAttachment": "platform", "clientExtensionResults": {}}

    def sign(self, request_options: dict) -> dict:
        options = dict(request_options, challenge=from_b64url(request_options["challenge"]))
        got = self.device.get({"publicKey": options}, self.origin)
        response = got["response"]
        raw = got["rawId"]
        return {"id": to_b64url(raw), "rawId": to_b64url(raw), "type": "public-key",
                "response": {"clientDataJSON": to_b64url(response["clientDataJSON"]),
                             "authenticatorData": to_b64url(response["authenticatorData"]),
                             "signature": to_b64url(response["signature"]),
                             "userHandle": to_b64url(response["userHandle"])},
                "authenticatorAttachment": "platform", "clientExtensionResults": {}}
