"""User pools: create, describe, update, delete, list; custom attributes; MFA configuration."""

from __future__ import annotations

import copy

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler

MAX_POOLS_PAGE = 60
MAX_CUSTOM_ATTRIBUTES = 50
CUSTOM_PREFIX = "custom:"
_STRING = {"MinLength": "0", "MaxLength": "2048"}

# Cognito's standard attributes, as DescribeUserPool lists them for a new pool.
STANDARD_ATTRIBUTES: tuple[dict, ...] = (
    {"Name": "sub", "AttributeDataType": "String", "DeveloperOnlyAttribute": False,
     "Mutable": False, "Required": True,
     "StringAttributeConstraints": {"MinLength": "1", "MaxLength": "2048"}},
    *({"Name": name, "AttributeDataType": "String", "DeveloperOnlyAttribute": False,
       "Mutable": True, "Required": False, "StringAttributeConstraints": dict(_STRING)}
      for name in ("name", "given_name", "family_name", "middle_name", "nickname",
                   "preferred_username", "profile", "picture", "website", "email")),
    {"Name": "email_verified", "AttributeDataType": "Boolean", "DeveloperOnlyAttribute": False,
     "Mutable": True, "Required": False},
    *({"Name": name, "AttributeDataType": "String", "DeveloperOnlyAttribute": False,
       "Mutable": True, "Required": False, "StringAttributeConstraints": dict(_STRING)}
      for name in ("gender",)),
    {"Name": "birthdate", "AttributeDataType": "String", "DeveloperOnlyAttribute": False,
     "Mutable": True, "Required": False,
     "StringAttributeConstraints": {"MinLength": "10", "MaxLength": "10"}},
    *({"Name": name, "AttributeDataType": "String", "DeveloperOnlyAttribute": False,
       "Mutable": True, "Required": False, "StringAttributeConstraints": dict(_STRING)}
      for name in ("zoneinfo", "locale", "phone_number")),
    {"Name": "phone_number_verified", "AttributeDataType": "Boolean",
     "DeveloperOnlyAttribute": False, "Mutable": True, "Required": False},
    {"Name": "address", "AttributeDataType": "String", "DeveloperOnlyAttribute": False,
     "Mutable": True, "Required": False, "StringAttributeConstraints": dict(_STRING)},
    {"Name": "updated_at", "AttributeDataType": "Number", "DeveloperOnlyAttribute": False,
     "Mutable": True, "Required": False, "NumberAttributeConstraints": {"MinValue": "0"}},
)
STANDARD_NAMES = frozenset(a["Name"] for a in STANDARD_ATTRIBUTES)

DEFAULT_PASSWORD_POLICY = {"MinimumLength": 8, "RequireUppercase": True,
                           "RequireLowercase": True, "RequireNumbers": True,
                           "RequireSymbols": True, "TemporaryPasswordValidityDays": 7}
DEFAULT_VERIFICATION = {"SmsMessage": "Your verification code is {####}. ",
                        "EmailMessage": "Your verification code is {####}. ",
                        "EmailSubject": "Your verification code",
                        "DefaultEmailOption": "CONFIRM_WITH_CODE"}
DEFAULT_INVITE = {"SMSMessage": "Your username is {username} and temporary password is {####}. ",
                  "EmailMessage": "Your username is {username} and temporary password is "
                                  "{####}. ",
                  "EmailSubject": "Your temporary password"}

# Members of CreateUserPool stored as given (UpdateUserPool replaces them the same way).
_SETTABLE = ("Policies", "DeletionProtection", "LambdaConfig", "AutoVerifiedAttributes",
             "SmsVerificationMessage", "EmailVerificationMessage", "EmailVerificationSubject",
             "VerificationMessageTemplate", "SmsAuthenticationMessage", "MfaConfiguration",
             "UserAttributeUpdateSettings", "DeviceConfiguration", "EmailConfiguration",
             "SmsConfiguration", "UserPoolTags", "AdminCreateUserConfig", "UserPoolAddOns",
             "AccountRecoverySetting", "UserPoolTier", "IssuerConfiguration")
_CREATE_ONLY = ("AliasAttributes", "UsernameAttributes", "UsernameConfiguration")


def _schema_attribute(entry: dict, custom: bool) -> dict:
    name = entry.get("Name")
    if not name:
        raise errors.invalid("Attribute name must not be empty.",
                             ("schema.member.name", "must not be empty"))
    kind = entry.get("AttributeDataType", "String")
    attribute = {"Name": CUSTOM_PREFIX + name if custom else name, "AttributeDataType": kind,
                 "DeveloperOnlyAttribute": entry.get("DeveloperOnlyAttribute", False),
                 "Mutable": entry.get("Mutable", True), "Required": entry.get("Required", False)}
    if custom and attribute["Required"]:
        raise errors.invalid("Required custom attributes are not supported currently.")
    if kind == "String":
        attribute["StringAttributeConstraints"] = entry.get("StringAttributeConstraints") or {}
    elif kind == "Number":
        attribute["NumberAttributeConstraints"] = entry.get("NumberAttributeConstraints") or {}
    if attribute["DeveloperOnlyAttribute"]:
        attribute["Name"] = "dev:" + attribute["Name"]
    return attribute


def _schema(given: list[dict]) -> list[dict]:
    attributes = [copy.deepcopy(a) for a in STANDARD_ATTRIBUTES]
    by_name = {a["Name"]: a for a in attributes}
    for entry in given:
        name = entry.get("Name")
        if name in by_name:
            standard = by_name[name]
            if entry.get("AttributeDataType", standard["AttributeDataType"]) != \
                    standard["AttributeDataType"]:
                raise errors.invalid(f"You can not change AttributeDataType or set "
                                     f"developerOnlyAttribute for standard schema attribute "
                                     f"{name}")
            standard["Required"] = entry.get("Required", standard["Required"])
            standard["Mutable"] = entry.get("Mutable", standard["Mutable"])
            if "StringAttributeConstraints" in entry:
                standard["StringAttributeConstraints"] = entry["StringAttributeConstraints"]
            continue
        attribute = _schema_attribute(entry, custom=True)
        if attribute["Name"] in by_name:
            raise errors.invalid(f"Existing attribute already has name {attribute['Name']}.")
        by_name[attribute["Name"]] = attribute
        attributes.append(attribute)
    return attributes


def _password_policy(given: dict) -> dict:
    """A given policy, whole: a requirement it leaves out is off (the API's booleans default
    to false), the lengths take Cognito's defaults."""
    policy = {"MinimumLength": 8, "RequireUppercase": False, "RequireLowercase": False,
              "RequireNumbers": False, "RequireSymbols": False,
              "TemporaryPasswordValidityDays": 7}
    policy.update(given)
    return policy


def _check_sign_in(request: dict) -> None:
    if request.get("UsernameAttributes") and request.get("AliasAttributes"):
        raise errors.invalid("Only one of AliasAttributes and UsernameAttributes can be set in "
                             "a User pool.")


@handler("CreateUserPool")
def create_user_pool(ctx, request: dict) -> dict:
    _check_sign_in(request)
    pool_id = records.new_pool_id(ctx.region)
    doc = {
        "Id": pool_id, "Name": request["PoolName"],
        "Policies": {"PasswordPolicy": dict(DEFAULT_PASSWORD_POLICY)},
        "DeletionProtection": "INACTIVE",
        "LambdaConfig": {},
        "LastModifiedDate": ctx.now, "CreationDate": ctx.now,
        "SchemaAttributes": _schema(request.get("Schema") or []),
        "SmsVerificationMessage": DEFAULT_VERIFICATION["SmsMessage"],
        "EmailVerificationMessage": DEFAULT_VERIFICATION["EmailMessage"],
        "EmailVerificationSubject": DEFAULT_VERIFICATION["EmailSubject"],
        "VerificationMessageTemplate": dict(DEFAULT_VERIFICATION),
        "MfaConfiguration": "OFF",
        "EmailConfiguration": {"EmailSendingAccount": "COGNITO_DEFAULT"},
        "AdminCreateUserConfig": {"AllowAdminCreateUserOnly": False,
                                  "UnusedAccountValidityDays": 7,
                                  "InviteMessageTemplate": dict(DEFAULT_INVITE)},
        "Arn": records.pool_arn(ctx, pool_id),
        "UserPoolTier": "ESSENTIALS",
    }
    policies = request.get("Policies") or {}
    if "PasswordPolicy" in policies:
        doc["Policies"]["PasswordPolicy"] = _password_policy(policies["PasswordPolicy"])
    for name in _SETTABLE + _CREATE_ONLY:
        if name in request and name != "Policies":
            doc[name] = copy.deepcopy(request[name])
    if "SignInPolicy" in policies:
        doc["Policies"]["SignInPolicy"] = policies["SignInPolicy"]
    with ctx.store.write() as tx:
        tx.execute("INSERT INTO pools (id, region, name, created, doc) VALUES (?, ?, ?, ?, ?)",
                   (pool_id, ctx.region, doc["Name"], ctx.now, records.dumps(doc)))
    return {"UserPool": _described(ctx, doc, users=0)}


def _described(ctx, doc: dict, users: int | None = None) -> dict:
    if users is None:
        users = ctx.store.read().execute("SELECT count(*) FROM users WHERE pool_id = ?",
                                         (doc["Id"],)).fetchone()[0]
    described = dict(doc)
    described["EstimatedNumberOfUsers"] = users
    domain = ctx.store.read().execute(
        "SELECT domain, doc FROM domains WHERE pool_id = ? ORDER BY domain LIMIT 1",
        (doc["Id"],)).fetchone()
    if domain is not None:
        described["Domain"] = domain[0]
    return described


@handler("DescribeUserPool")
def describe_user_pool(ctx, request: dict) -> dict:
    return {"UserPool": _described(ctx, records.pool(ctx.store.read(), request["UserPoolId"]))}


@handler("UpdateUserPool")
def update_user_pool(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        doc = records.pool(tx, request["UserPoolId"])
        for name in _SETTABLE:
            if name in request:
                if name == "Policies":
                    policies = request["Policies"]
                    if "PasswordPolicy" in policies:
                        doc["Policies"]["PasswordPolicy"] = _password_policy(
                            policies["PasswordPolicy"])
                    if "SignInPolicy" in policies:
                        doc["Policies"]["SignInPolicy"] = policies["SignInPolicy"]
                else:
                    doc[name] = copy.deepcopy(request[name])
        if "PoolName" in request:
            doc["Name"] = request["PoolName"]
            tx.execute("UPDATE pools SET name = ? WHERE id = ?", (doc["Name"], doc["Id"]))
        doc["LastModifiedDate"] = ctx.now
        records.save_pool(tx, doc)
    return {}


@handler("DeleteUserPool")
def delete_user_pool(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    with ctx.store.write() as tx:
        doc = records.pool(tx, pool_id)
        if doc.get("DeletionProtection") == "ACTIVE":
            raise errors.invalid("The user pool cannot be deleted because deletion protection "
                                 "is activated. Deletion protection must be inactive first.")
        tx.execute("DELETE FROM pools WHERE id = ?", (pool_id,))
    ctx.keys.forget(pool_id)
    return {}


@handler("ListUserPools")
def list_user_pools(ctx, request: dict) -> dict:
    limit = request["MaxResults"]
    position = records.page_position(request.get("NextToken"))
    after_created, after_id = (position.split(" ", 1) if position else ("", ""))
    query = "SELECT created, id, doc FROM pools WHERE region = ?"
    args: list = [ctx.region]
    if position:
        query += " AND (created > ? OR (created = ? AND id > ?))"
        args += [float(after_created), float(after_created), after_id]
    query += " ORDER BY created, id LIMIT ?"
    rows = ctx.store.read().execute(query, (*args, limit + 1)).fetchall()
    rows, token = records.page(rows, limit, lambda row: f"{row[0]!r} {row[1]}")
    pools = []
    for _, _, text in rows:
        doc = records.loads(text)
        summary = {"Id": doc["Id"], "Name": doc["Name"], "LambdaConfig": doc["LambdaConfig"],
                   "LastModifiedDate": doc["LastModifiedDate"],
                   "CreationDate": doc["CreationDate"]}
        pools.append(summary)
    response = {"UserPools": pools}
    if token:
        response["NextToken"] = token
    return response


@handler("AddCustomAttributes")
def add_custom_attributes(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        doc = records.pool(tx, request["UserPoolId"])
        names = {a["Name"] for a in doc["SchemaAttributes"]}
        custom = sum(1 for name in names if name.startswith(CUSTOM_PREFIX))
        for entry in request["CustomAttributes"]:
            attribute = _schema_attribute(entry, custom=True)
            if attribute["Name"] in names:
                raise errors.invalid(f"Existing attribute already has name "
                                     f"{attribute['Name']}.")
            custom += 1
            if custom > MAX_CUSTOM_ATTRIBUTES:
                raise errors.limit_exceeded(f"A user pool can have at most "
                                            f"{MAX_CUSTOM_ATTRIBUTES} custom attributes.")
            names.add(attribute["Name"])
            doc["SchemaAttributes"].append(attribute)
        doc["LastModifiedDate"] = ctx.now
        records.save_pool(tx, doc)
    return {}


# --- MFA configuration ------------------------------------------------------------------------

_MFA_MEMBERS = ("SmsMfaConfiguration", "SoftwareTokenMfaConfiguration",
                "EmailMfaConfiguration", "WebAuthnConfiguration")


@handler("GetUserPoolMfaConfig")
def get_user_pool_mfa_config(ctx, request: dict) -> dict:
    doc = records.pool(ctx.store.read(), request["UserPoolId"])
    mfa = doc.get("Mfa", {})
    response = {"MfaConfiguration": doc.get("MfaConfiguration", "OFF"),
                "WebAuthnConfiguration": mfa.get("WebAuthnConfiguration",
                                                 {"UserVerification": "preferred"})}
    for name in ("SmsMfaConfiguration", "SoftwareTokenMfaConfiguration",
                 "EmailMfaConfiguration"):
        if name in mfa:
            response[name] = mfa[name]
    return response


@handler("SetUserPoolMfaConfig")
def set_user_pool_mfa_config(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        doc = records.pool(tx, request["UserPoolId"])
        mfa = doc.setdefault("Mfa", {})
        for name in _MFA_MEMBERS:
            if name in request:
                mfa[name] = copy.deepcopy(request[name])
        wanted = request.get("MfaConfiguration", doc.get("MfaConfiguration", "OFF"))
        enabled = (mfa.get("SoftwareTokenMfaConfiguration", {}).get("Enabled")
                   or "SmsMfaConfiguration" in mfa or "EmailMfaConfiguration" in mfa)
        if wanted != "OFF" and not enabled:
            raise errors.invalid("At least one MFA method must be enabled to set "
                                 "MfaConfiguration to ON or OPTIONAL.")
        doc["MfaConfiguration"] = wanted
        doc["LastModifiedDate"] = ctx.now
        records.save_pool(tx, doc)
    return get_user_pool_mfa_config(ctx, request)
