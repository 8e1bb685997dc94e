"""A user's devices: ConfirmDevice, and Get, List, Forget and UpdateDeviceStatus with their
Admin* forms (the signed-in user's by AccessToken, or any user's by UserPoolId and Username).

What a device is and how one signs in: engine/devices.py.
"""

from __future__ import annotations

import base64
import binascii

from cognito_grpc.engine import devices, errors, records, srp, tokens
from cognito_grpc.engine.ops import handler

PAGE_SIZE = 60  # ListDevices' Limit at most, and its default
TOKEN_MEMBER = "PaginationToken"


def _grant(ctx, request: dict) -> tokens.Access | None:
    """The access token's grant (checked before any transaction), None for an Admin* form."""
    if "UserPoolId" in request:
        return None
    return tokens.access(ctx, request.get("AccessToken"))


def _owner(db, request: dict, grant: tokens.Access | None) -> tuple[dict, str]:
    """(pool, sub) of the user whose devices the request names."""
    if grant is not None:
        return grant.pool, grant.claims["sub"]
    pool = records.pool(db, request["UserPoolId"])
    _, user = records.find_user(db, pool, request["Username"])
    return pool, records.attribute(user, "sub")


def _verifier(config) -> dict:
    """{"Salt", "Verifier"} in hex from DeviceSecretVerifierConfig (base64 members)."""
    if not isinstance(config, dict):
        raise errors.invalid("DeviceSecretVerifierConfig is required to confirm a device.",
                             ("deviceSecretVerifierConfig", "required"))
    decoded = {}
    for member in ("PasswordVerifier", "Salt"):
        try:
            decoded[member] = base64.b64decode(config.get(member) or "", validate=True)
        except (binascii.Error, ValueError, TypeError):
            decoded[member] = b""
        if not decoded[member]:
            raise errors.invalid(f"DeviceSecretVerifierConfig.{member} must be base64.",
                                 (f"deviceSecretVerifierConfig.{member[:1].lower()}"
                                  f"{member[1:]}", "not base64 bytes"))
    verifier = int.from_bytes(decoded["PasswordVerifier"], "big")
    if verifier % srp.N == 0:
        raise errors.invalid("DeviceSecretVerifierConfig.PasswordVerifier is not a valid SRP "
                             "verifier.", ("deviceSecretVerifierConfig.passwordVerifier",
                                           "0 modulo N"))
    return {"Salt": decoded["Salt"].hex(), "Verifier": format(verifier % srp.N, "x")}


@handler("ConfirmDevice")
def confirm_device(ctx, request: dict) -> dict:
    grant = tokens.access(ctx, request["AccessToken"])
    verifier = _verifier(request.get("DeviceSecretVerifierConfig"))
    pool_id, sub = grant.pool["Id"], grant.claims["sub"]
    prompt = bool((devices.configuration(grant.pool) or {}).get(
        "DeviceOnlyRememberedOnUserPrompt"))
    with ctx.store.write() as tx:
        device = devices.get(tx, pool_id, sub, request["DeviceKey"])
        if device is None:
            raise errors.not_found(devices.MISSING)
        device.update({"Confirmed": True, "Verifier": verifier,
                       "Status": devices.NOT_REMEMBERED if prompt else devices.REMEMBERED,
                       "DeviceLastModifiedDate": ctx.now})
        if request.get("DeviceName"):
            device["Name"] = request["DeviceName"]
        devices.save(tx, pool_id, sub, device)
    return {"UserConfirmationNecessary": prompt}


def _get(ctx, request: dict) -> dict:
    grant = _grant(ctx, request)
    with ctx.store.snapshot() as db:
        pool, sub = _owner(db, request, grant)
        device = devices.confirmed(db, pool["Id"], sub, request["DeviceKey"])
    return {"Device": devices.device_type(ctx, pool["Id"], device)}


def _list(ctx, request: dict) -> dict:
    limit = request.get("Limit") or PAGE_SIZE
    position = records.page_position(request.get(TOKEN_MEMBER), TOKEN_MEMBER)
    after = None
    if position is not None:
        kind, _, after = position.partition(":")
        if kind != devices.KIND or not after:
            raise errors.invalid(f"Invalid {TOKEN_MEMBER}.",
                                 ("paginationToken", "not a token this list issued"))
    grant = _grant(ctx, request)
    with ctx.store.snapshot() as db:
        pool, sub = _owner(db, request, grant)
        found, token = devices.page(db, pool["Id"], sub, limit, after)
    response = {"Devices": [devices.device_type(ctx, pool["Id"], d) for d in found]}
    if token:
        response[TOKEN_MEMBER] = token
    return response


def _forget(ctx, request: dict) -> dict:
    grant = _grant(ctx, request)
    with ctx.store.write() as tx:
        pool, sub = _owner(tx, request, grant)
        devices.confirmed(tx, pool["Id"], sub, request["DeviceKey"])
        devices.forget(tx, pool["Id"], sub, request["DeviceKey"])
    return {}


def _update_status(ctx, request: dict) -> dict:
    status = request.get("DeviceRememberedStatus")
    grant = _grant(ctx, request)
    with ctx.store.write() as tx:
        pool, sub = _owner(tx, request, grant)
        device = devices.confirmed(tx, pool["Id"], sub, request["DeviceKey"])
        if status is not None:
            device["Status"] = status
            device["DeviceLastModifiedDate"] = ctx.now
            devices.save(tx, pool["Id"], sub, device)
    return {}


for _verb, _fn in (("GetDevice", _get), ("ListDevices", _list), ("ForgetDevice", _forget),
                   ("UpdateDeviceStatus", _update_status)):
    handler(_verb)(_fn)
    handler(f"Admin{_verb}")(_fn)
