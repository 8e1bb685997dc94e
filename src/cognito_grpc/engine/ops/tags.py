"""Tags on user pools, by ARN: the pool's UserPoolTags, which DescribeUserPool shows too."""

from __future__ import annotations

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler

MAX_TAGS = 50  # "A user pool can have as many as 50 tags." (TagResource)
_ARN_PREFIX = "arn:aws:cognito-idp:"


def _pool_id(ctx, arn: str) -> str:
    """The pool an ARN of this account and region names; ResourceNotFound for any other."""
    parts = arn.split(":", 5)
    if len(parts) == 6 and arn.startswith(_ARN_PREFIX) and parts[3] == ctx.region and \
            parts[4] == ctx.account_id and parts[5].startswith("userpool/"):
        return parts[5][len("userpool/"):]
    raise errors.not_found(f"Resource {arn} does not exist.")


def _tagged_pool(ctx, tx, arn: str) -> dict:
    try:
        return records.pool(tx, _pool_id(ctx, arn))
    except errors.EngineError:
        raise errors.not_found(f"Resource {arn} does not exist.") from None


@handler("TagResource")
def tag_resource(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        doc = _tagged_pool(ctx, tx, request["ResourceArn"])
        tags = {**(doc.get("UserPoolTags") or {}), **request["Tags"]}
        if len(tags) > MAX_TAGS:
            raise errors.invalid(f"A user pool can have as many as {MAX_TAGS} tags.",
                                 ("tags", f"more than {MAX_TAGS} tags"))
        doc["UserPoolTags"] = tags
        records.save_pool(tx, doc)
    return {}


@handler("UntagResource")
def untag_resource(ctx, request: dict) -> dict:
    with ctx.store.write() as tx:
        doc = _tagged_pool(ctx, tx, request["ResourceArn"])
        removed = set(request["TagKeys"])
        doc["UserPoolTags"] = {key: value for key, value in
                               (doc.get("UserPoolTags") or {}).items() if key not in removed}
        records.save_pool(tx, doc)
    return {}


@handler("ListTagsForResource")
def list_tags_for_resource(ctx, request: dict) -> dict:
    doc = _tagged_pool(ctx, ctx.store.read(), request["ResourceArn"])
    return {"Tags": dict(doc.get("UserPoolTags") or {})}
