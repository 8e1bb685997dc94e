"""soft-webauthn (a software authenticator) speaking the JSON documents Cognito exchanges:
CredentialCreationOptions / CredentialRequestOptions in, a credential document out."""

from __future__ import annotations

import base64

from soft_webauthn import SoftWebauthnDevice


def _bytes(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _text(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


class Passkey:
    def __init__(self, origin: str):
        self.device = SoftWebauthnDevice()
        self.origin = origin

    def register(self, creation_options: dict) -> dict:
        options = dict(creation_options, challenge=_bytes(creation_options["challenge"]),
                       user=dict(creation_options["user"],
                                 id=_bytes(creation_options["user"]["id"])))
        made = self.device.create({"publicKey": options}, self.origin)
        return {"id": _text(made["rawId"]), "rawId": _text(made["rawId"]), "type": "public-key",
                "response": {"clientDataJSON": _text(made["response"]["clientDataJSON"]),
                             "attestationObject": _text(made["response"]["attestationObject"]),
                             "transports": ["internal"]},
                "authenticatorAttachment": "platform", "clientExtensionResults": {}}

    def sign(self, request_options: dict) -> dict:
        options = dict(request_options, challenge=_bytes(request_options["challenge"]))
        got = self.device.get({"publicKey": options}, self.origin)
        response = got["response"]
        return {"id": _text(got["rawId"]), "rawId": _text(got["rawId"]), "type": "public-key",
                "response": {"clientDataJSON": _text(response["clientDataJSON"]),
                             "authenticatorData": _text(response["authenticatorData"]),
                             "signature": _text(response["signature"]),
                             "userHandle": _text(response["userHandle"])},
                "authenticatorAttachment": "platform", "clientExtensionResults": {}}
