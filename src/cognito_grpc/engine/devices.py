"""A user's devices: what Cognito tracks when the pool's DeviceConfiguration asks it to.

A sign-in that ends in tokens, in a pool with a DeviceConfiguration, from no device the user
already has, mints a device (NewDeviceMetadata: DeviceKey and DeviceGroupKey). The app then
confirms it (ConfirmDevice) with an SRP verifier of a device password only it knows, made
with the device's username DeviceGroupKey + DeviceKey. A remembered device later signs in
with DEVICE_KEY, proves that password through DEVICE_SRP_AUTH / DEVICE_PASSWORD_VERIFIER
(srp.py's group and hashing), and, when ChallengeRequiredOnNewDevice is set, skips MFA.

A device is an `items` document of kind "device" under "<user sub>\\x1f<DeviceKey>": the sub,
not the username, so a user made again under the same name never sees the old devices.
Unconfirmed devices are kept (ConfirmDevice needs them) but never listed, and only the
newest MAX_UNCONFIRMED of a user: every sign-in of a new device mints one, and most are never
confirmed.
"""

from __future__ import annotations

import secrets
import string
import uuid

from cognito_grpc.engine import errors, records

KIND = "device"
SEPARATOR = "\x1f"
REMEMBERED, NOT_REMEMBERED = "remembered", "not_remembered"
GROUP_KEY_CHARACTERS = string.ascii_letters + string.digits
GROUP_KEY_LENGTH = 8
MISSING = "Device does not exist."
DONE = "DEVICE"  # the sign-in step a remembered device's SRP proof completes
SDK = "aws-sdk"
MAX_UNCONFIRMED = 20


def configuration(pool: dict) -> dict | None:
    """The pool's DeviceConfiguration, or None when it tracks no devices (any property
    given turns tracking on, as Cognito reads it)."""
    config = pool.get("DeviceConfiguration")
    return config if isinstance(config, dict) and config else None


def skips_mfa(pool: dict) -> bool:
    return bool((configuration(pool) or {}).get("ChallengeRequiredOnNewDevice"))


def _key(sub: str, device_key: str) -> str:
    return f"{sub}{SEPARATOR}{device_key}"


def get(db, pool_id: str, sub: str, device_key) -> dict | None:
    if not isinstance(device_key, str) or not device_key:
        return None
    row = db.execute("SELECT doc FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                     (pool_id, KIND, _key(sub, device_key))).fetchone()
    return records.loads(row[0]) if row else None


def confirmed(db, pool_id: str, sub: str, device_key) -> dict:
    """A confirmed device of the user; ResourceNotFoundException otherwise."""
    device = get(db, pool_id, sub, device_key)
    if device is None or not device.get("Confirmed"):
        raise errors.not_found(MISSING)
    return device


def save(tx, pool_id: str, sub: str, device: dict) -> None:
    tx.execute("INSERT OR REPLACE INTO items (pool_id, kind, key, doc) VALUES (?, ?, ?, ?)",
               (pool_id, KIND, _key(sub, device["DeviceKey"]), records.dumps(device)))


def forget(tx, pool_id: str, sub: str, device_key: str) -> None:
    tx.execute("DELETE FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
               (pool_id, KIND, _key(sub, device_key)))


def forget_all(tx, pool_id: str, sub: str | None) -> None:
    """Every device of a user (deleted with them)."""
    if not sub:
        return
    prefix = sub + SEPARATOR
    tx.execute("DELETE FROM items WHERE pool_id = ? AND kind = ? AND key >= ? AND key < ?",
               (pool_id, KIND, prefix, prefix + "\U0010ffff"))


def page(db, pool_id: str, sub: str, limit: int, after: str | None
         ) -> tuple[list[dict], str | None]:
    """Confirmed devices in key order, `limit` at most, after the device key `after`."""
    prefix = sub + SEPARATOR
    rows = db.execute(
        "SELECT key, doc FROM items WHERE pool_id = ? AND kind = ? AND key > ? AND key < ? "
        "AND json_extract(doc, '$.Confirmed') ORDER BY key LIMIT ?",
        (pool_id, KIND, prefix + (after or ""), prefix + "\U0010ffff", limit + 1)).fetchall()
    rows, token = records.page(rows, limit, lambda row: f"{KIND}:{row[0][len(prefix):]}")
    return [records.loads(text) for _, text in rows], token


# --- sign-in --------------------------------------------------------------------------------

def new_device(pool: dict, user: dict, now: float, ip: str | None) -> dict:
    region = pool["Id"].split("_", 1)[0]
    device = {"DeviceKey": f"{region}_{uuid.uuid4()}",
              "DeviceGroupKey": "-" + "".join(secrets.choice(GROUP_KEY_CHARACTERS)
                                              for _ in range(GROUP_KEY_LENGTH)),
              "Owner": user["Username"], "Confirmed": False,
              "DeviceCreateDate": now, "DeviceLastModifiedDate": now,
              "DeviceLastAuthenticatedDate": now}
    if ip:
        device["LastIp"] = ip
    return device


def after_sign_in(tx, pool: dict, user: dict, now: float, device_key, ip) -> dict | None:
    """At the tokens of a sign-in: the NewDeviceMetadata to return (a device minted), or None
    (no tracking, or the sign-in came from a device the user has, now marked as used)."""
    if configuration(pool) is None:
        return None
    sub = records.attribute(user, "sub")
    known = get(tx, pool["Id"], sub, device_key)
    if known is not None and known.get("Confirmed"):
        known["DeviceLastAuthenticatedDate"] = now
        if ip:
            known["LastIp"] = ip
        save(tx, pool["Id"], sub, known)
        return None
    device = new_device(pool, user, now, ip)
    _prune_unconfirmed(tx, pool["Id"], sub)
    save(tx, pool["Id"], sub, device)
    return {"DeviceKey": device["DeviceKey"], "DeviceGroupKey": device["DeviceGroupKey"]}


def _prune_unconfirmed(tx, pool_id: str, sub: str) -> None:
    """Makes room for one more unconfirmed device: the oldest beyond the cap go."""
    prefix = sub + SEPARATOR
    tx.execute(
        "DELETE FROM items WHERE pool_id = ? AND kind = ? AND key IN (SELECT key FROM items "
        "WHERE pool_id = ? AND kind = ? AND key >= ? AND key < ? AND NOT "
        "json_extract(doc, '$.Confirmed') ORDER BY json_extract(doc, '$.DeviceCreateDate') "
        "DESC, key LIMIT -1 OFFSET ?)",
        (pool_id, KIND, pool_id, KIND, prefix, prefix + "\U0010ffff", MAX_UNCONFIRMED - 1))


def challenges(db, pool: dict, user: dict, device_key) -> bool:
    """Whether the sign-in must prove this device (DEVICE_SRP_AUTH): a remembered one. A
    device the user does not have (forgotten, or another's) is Cognito's ResourceNotFound:
    its clients then sign in again without DEVICE_KEY."""
    if configuration(pool) is None:
        return False
    device = get(db, pool["Id"], records.attribute(user, "sub"), device_key)
    if device is None:
        raise errors.not_found(MISSING)
    return bool(device.get("Confirmed") and device.get("Status") == REMEMBERED)


# --- what callers see -------------------------------------------------------------------------

def device_type(ctx, pool_id: str, device: dict) -> dict:
    """The DeviceType of GetDevice and ListDevices, its attributes as Cognito lists them."""
    owner = f"{device['Owner']}.{pool_id}"
    region = pool_id.split("_", 1)[0]
    attributes = [{"Name": "device_status", "Value": "valid"}]
    if device.get("Name"):
        attributes.append({"Name": "device_name", "Value": device["Name"]})
    attributes += [
        {"Name": "dev:device_arn", "Value": f"arn:aws:cognito-idp:{region}:{ctx.account_id}:"
                                            f"owner/{owner}/device/{device['DeviceKey']}"},
        {"Name": "dev:device_owner", "Value": owner}]
    if device.get("LastIp"):
        attributes.append({"Name": "last_ip_used", "Value": device["LastIp"]})
    attributes += [{"Name": "dev:device_remembered_status",
                    "Value": device.get("Status", NOT_REMEMBERED)},
                   {"Name": "dev:device_sdk", "Value": SDK}]
    return {"DeviceKey": device["DeviceKey"], "DeviceAttributes": attributes,
            "DeviceCreateDate": device["DeviceCreateDate"],
            "DeviceLastModifiedDate": device["DeviceLastModifiedDate"],
            "DeviceLastAuthenticatedDate": device["DeviceLastAuthenticatedDate"]}
