"""User attributes checked against the pool's schema, as Cognito checks them.

Creating a user (AdminCreateUser, SignUp) and changing one (AdminUpdateUserAttributes,
UpdateUserAttributes, AdminDeleteUserAttributes) share these checks; each raises
InvalidParameterException with Cognito's wording, naming the attribute.
"""

from __future__ import annotations

import regex

from cognito_grpc.engine import errors

# What Cognito accepts as an email address and as a phone number (E.164).
EMAIL = regex.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
PHONE = regex.compile(r"\+[0-9]{4,15}")
# Set by Cognito itself, never by a caller.
GENERATED = frozenset({"sub"})
VERIFIED_FLAGS = {"email": "email_verified", "phone_number": "phone_number_verified"}

_CREATE = "Attributes did not conform to the schema: "
_UPDATE = "Invalid user attributes: user."


def schema(pool_doc: dict) -> dict[str, dict]:
    return {entry["Name"]: entry for entry in pool_doc.get("SchemaAttributes", ())}


def _field(index: int) -> tuple[str, str]:
    return (f"userAttributes.{index}.member", "does not conform to the pool's schema")


def _limit(limits: dict, name: str) -> float | None:
    """A schema constraint as a number; one the pool holds but that is no number is none."""
    try:
        return float(limits[name])
    except (KeyError, TypeError, ValueError):
        return None


def is_text(value: str) -> bool:
    """False for a string with a lone surrogate: no text SQLite or Cognito can keep."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_value(entry: dict, name: str, value: str, prefix: str, index: int) -> str:
    """The value as stored (booleans lower-cased), or InvalidParameterException."""
    if not is_text(value):
        raise errors.invalid(f"{prefix}{name}: Value must be valid Unicode text.",
                             _field(index))
    kind = entry.get("AttributeDataType", "String")
    if kind == "Boolean":
        if value.lower() not in ("true", "false"):
            raise errors.invalid(f"{prefix}{name}: Value must be true or false.", _field(index))
        return value.lower()
    if kind == "Number":
        try:
            number = float(value)
        except ValueError:
            raise errors.invalid(f"{prefix}{name}: Number must be a number.",
                                 _field(index)) from None
        limits = entry.get("NumberAttributeConstraints") or {}
        low, high = _limit(limits, "MinValue"), _limit(limits, "MaxValue")
        if low is not None and number < low:
            raise errors.invalid(f"{prefix}{name}: Number must be at least "
                                 f"{limits['MinValue']}.", _field(index))
        if high is not None and number > high:
            raise errors.invalid(f"{prefix}{name}: Number must be at most "
                                 f"{limits['MaxValue']}.", _field(index))
        return value
    limits = entry.get("StringAttributeConstraints") or {}
    shortest, longest = _limit(limits, "MinLength"), _limit(limits, "MaxLength")
    if longest is not None and len(value) > longest:
        raise errors.invalid(f"{prefix}{name}: String must be no longer than "
                             f"{limits['MaxLength']} characters.", _field(index))
    if value and shortest is not None and len(value) < shortest:
        raise errors.invalid(f"{prefix}{name}: String must be no shorter than "
                             f"{limits['MinLength']} characters.", _field(index))
    if name == "email" and value and not EMAIL.fullmatch(value):
        raise errors.invalid("Invalid email address format.", _field(index))
    if name == "phone_number" and value and not PHONE.fullmatch(value):
        raise errors.invalid("Invalid phone number format.", _field(index))
    return value


def checked(pool_doc: dict, given: list[dict] | None, creating: bool) -> list[dict]:
    """The given attributes, each checked against the schema: [{"Name", "Value"}], the last
    of a repeated name winning. `creating` words the errors as a new user's (and lets
    immutable attributes be set)."""
    known = schema(pool_doc)
    prefix = _CREATE if creating else _UPDATE
    result: dict[str, dict] = {}
    for index, attribute in enumerate(given or (), 1):
        name = attribute["Name"]
        entry = known.get(name)
        if entry is None:
            raise errors.invalid(f"{prefix}{name}: Attribute does not exist in the schema.",
                                 _field(index))
        if name in GENERATED or (not creating and not entry.get("Mutable", True)):
            raise errors.invalid(f"{prefix}{name}: Attribute cannot be updated. "
                                 "(changing an immutable attribute)", _field(index))
        value = attribute.get("Value")
        if value is None:
            raise errors.invalid(f"{prefix}{name}: The attribute value is required. "
                                 "(to remove an attribute, use AdminDeleteUserAttributes)",
                                 (f"userAttributes.{index}.member.value",
                                  "must not be null"))
        result[name] = {"Name": name, "Value": _check_value(entry, name, value, prefix, index)}
    return list(result.values())


def require(pool_doc: dict, attributes: list[dict]) -> None:
    """Every attribute the schema marks required has a value (a new user's check)."""
    present = {a["Name"] for a in attributes if a.get("Value")}
    missing = [entry["Name"] for entry in pool_doc.get("SchemaAttributes", ())
               if entry.get("Required") and entry["Name"] not in GENERATED
               and entry["Name"] not in present]
    if missing:
        raise errors.invalid(_CREATE + "\n".join(f"{name}: The attribute is required"
                                                 for name in missing),
                             ("userAttributes", f"{missing[0]} is required"))


def deletable(pool_doc: dict, names: list[str]) -> list[str]:
    """The names AdminDeleteUserAttributes may remove, with their verified flags."""
    known = schema(pool_doc)
    removed = []
    for index, name in enumerate(names, 1):
        entry = known.get(name)
        field = (f"userAttributeNames.{index}.member", "cannot be deleted")
        if entry is None:
            raise errors.invalid(f"{_UPDATE}{name}: Attribute does not exist in the schema.",
                                 field)
        if name in GENERATED or not entry.get("Mutable", True):
            raise errors.invalid(f"{_UPDATE}{name}: Attribute cannot be updated. "
                                 "(changing an immutable attribute)", field)
        if entry.get("Required"):
            raise errors.invalid(f"{_UPDATE}{name}: The attribute is required", field)
        removed.append(name)
        if name in VERIFIED_FLAGS:
            removed.append(VERIFIED_FLAGS[name])
    return removed
