"""AWS names → proto names. Pure functions, so every generator run names things alike."""

import re

# Words the generic acronym rule would split wrongly ("OAuth" → "o_auth").
_WORDS = {"OAuth": "Oauth"}
_PLURAL_ACRONYM = re.compile(r"([A-Z]{2,})s(?=[A-Z0-9_]|$)")  # "URLs" → "Urls"
_ACRONYM_THEN_WORD = re.compile(r"([A-Z]+)([A-Z][a-z])")
_LOWER_THEN_UPPER = re.compile(r"([a-z0-9])([A-Z])")
_NOT_IDENT = re.compile(r"[^A-Za-z0-9]+")


def snake_case(name: str, words: bool = True) -> str:
    """`AllowedOAuthFlows` → `allowed_oauth_flows`, `MFAOptions` → `mfa_options`.

    With `words=False` only the plain case rules apply, as buf's lint applies them to enum
    names when it checks value prefixes (`OAuthFlowType` → `O_AUTH_FLOW_TYPE_`).
    """
    if words:
        for word, replacement in _WORDS.items():
            name = name.replace(word, replacement)
        name = _PLURAL_ACRONYM.sub(lambda m: m.group(1).capitalize() + "s", name)
    name = _ACRONYM_THEN_WORD.sub(r"\1_\2", name)
    name = _LOWER_THEN_UPPER.sub(r"\1_\2", name)
    name = _NOT_IDENT.sub("_", name).strip("_")
    return re.sub("_+", "_", name).lower()


def upper_snake(name: str) -> str:
    return snake_case(name).upper()


def _enum_prefix(enum_name: str) -> str:
    return snake_case(enum_name, words=False).upper()


def enum_value_name(enum_name: str, aws_value: str) -> str:
    """`AliasAttributeType` + `phone_number` → `ALIAS_ATTRIBUTE_TYPE_PHONE_NUMBER`."""
    value = upper_snake(aws_value)
    if not value or value[0].isdigit():
        value = "V" + value
    return f"{_enum_prefix(enum_name)}_{value}"


def enum_zero_name(enum_name: str) -> str:
    return f"{_enum_prefix(enum_name)}_UNSPECIFIED"
