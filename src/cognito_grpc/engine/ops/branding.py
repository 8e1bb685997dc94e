"""Managed login branding styles (one per app client, declared on the CRUD pattern) and the
classic hosted UI's customization (per pool as ClientId ALL, or per client)."""

from __future__ import annotations

import base64
import copy
import uuid

from cognito_grpc.engine import errors, records
from cognito_grpc.engine.ops import handler
from cognito_grpc.engine.resources import Resource, Unique, index_of, register

ALL_CLIENTS = "ALL"
MAX_IMAGE_BYTES = 100 * 1024  # Cognito's limit for a hosted UI logo
MAX_CSS_CHARS = 131072


def _check(db, request: dict) -> None:
    if "ClientId" in request:
        records.app_client(db, request["ClientId"], request["UserPoolId"])


def _build_branding(ctx, request: dict, old: dict | None) -> dict:
    doc = dict(old) if old else {"ManagedLoginBrandingId": request["ManagedLoginBrandingId"],
                                 "UserPoolId": request["UserPoolId"],
                                 "ClientId": request["ClientId"]}
    cognito_values = request.get("UseCognitoProvidedValues", False)
    if cognito_values and ("Settings" in request or request.get("Assets")):
        raise errors.invalid("When UseCognitoProvidedValues is true, Settings and Assets must "
                             "be omitted.", ("useCognitoProvidedValues", "with Settings"))
    doc["UseCognitoProvidedValues"] = bool(cognito_values)
    if cognito_values:
        doc["Settings"], doc["Assets"] = {}, []
    else:
        if "Settings" in request:
            doc["Settings"] = copy.deepcopy(request["Settings"])
        if "Assets" in request:
            doc["Assets"] = [_asset(asset) for asset in request["Assets"]]
        doc.setdefault("Settings", {})
        doc.setdefault("Assets", [])
    return doc


def _asset(asset: dict) -> dict:
    asset = dict(asset)  # the store holds JSON: an asset's bytes as base64 text
    if isinstance(asset.get("Bytes"), (bytes, bytearray)):
        asset["Bytes"] = base64.b64encode(asset["Bytes"]).decode()
    return asset


def _view_branding(doc: dict) -> dict:
    shown = {name: value for name, value in doc.items() if name != "ClientId"}
    shown["Assets"] = [{**asset, "Bytes": _bytes(asset["Bytes"])} if "Bytes" in asset
                       else asset for asset in doc.get("Assets", [])]
    return shown


def _bytes(value) -> bytes:
    return base64.b64decode(value)


BRANDING_PER_CLIENT = Unique(
    kind="branding-client", values=lambda doc: (doc["ClientId"],),
    exists=("ManagedLoginBrandingExistsException",
            "A managed login branding style already exists for app client {ClientId}."))

MANAGED_LOGIN_BRANDING = Resource(
    kind="managed-login-branding",
    key="ManagedLoginBrandingId",
    member="ManagedLoginBranding",
    missing="Managed login branding {ManagedLoginBrandingId} does not exist.",
    exists=("ManagedLoginBrandingExistsException",
            "Managed login branding {ManagedLoginBrandingId} already exists."),
    build=_build_branding,
    view=_view_branding,
    timestamps=True,
    key_factory=lambda: str(uuid.uuid4()),
    check=_check,
    unique=(BRANDING_PER_CLIENT,),
)

register(MANAGED_LOGIN_BRANDING, create="CreateManagedLoginBranding",
         describe="DescribeManagedLoginBranding", update="UpdateManagedLoginBranding",
         delete="DeleteManagedLoginBranding")


@handler("DescribeManagedLoginBrandingByClient")
def describe_managed_login_branding_by_client(ctx, request: dict) -> dict:
    with ctx.store.snapshot() as db:
        records.require_pool(db, request["UserPoolId"])
        _check(db, request)
        doc = index_of(db, MANAGED_LOGIN_BRANDING, BRANDING_PER_CLIENT, request["UserPoolId"],
                       request["ClientId"])
    if doc is None:
        raise errors.not_found(f"App client {request['ClientId']} has no managed login "
                               "branding style.")
    return {"ManagedLoginBranding": _view_branding(doc)}


# --- the classic hosted UI ------------------------------------------------------------------

UI_KIND = "ui-customization"


def _ui_doc(db, pool_id: str, client_id: str) -> dict | None:
    row = db.execute("SELECT doc FROM items WHERE pool_id = ? AND kind = ? AND key = ?",
                     (pool_id, UI_KIND, client_id)).fetchone()
    return records.loads(row[0]) if row else None


@handler("SetUICustomization")
def set_ui_customization(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    client_id = request.get("ClientId") or ALL_CLIENTS
    image = request.get("ImageFile")
    if image is not None and len(image) > MAX_IMAGE_BYTES:
        raise errors.invalid(f"ImageFile must be at most {MAX_IMAGE_BYTES} bytes.",
                             ("imageFile", "too large"))
    if len(request.get("CSS") or "") > MAX_CSS_CHARS:
        raise errors.invalid("CSS is too long.", ("cSS", "too long"))
    with ctx.store.write() as tx:
        records.require_pool(tx, pool_id)
        if client_id != ALL_CLIENTS:
            records.app_client(tx, client_id, pool_id)
        old = _ui_doc(tx, pool_id, client_id)
        doc = {"UserPoolId": pool_id, "ClientId": client_id,
               "CreationDate": old["CreationDate"] if old else ctx.now,
               "LastModifiedDate": ctx.now}
        if request.get("CSS") is not None:
            doc["CSS"] = request["CSS"]
            doc["CSSVersion"] = str(int(ctx.now * 1000))
        if image is not None:
            # Cognito keeps the image and answers with where its CDN serves it.
            doc["ImageFile"] = base64.b64encode(image).decode()
            doc["ImageUrl"] = (f"https://{ctx.region}.ui.auth.local/{pool_id}/{client_id}/"
                               f"{int(ctx.now * 1000)}/assets/images/image.jpg")
        tx.execute("INSERT OR REPLACE INTO items (pool_id, kind, key, doc) VALUES (?, ?, ?, ?)",
                   (pool_id, UI_KIND, client_id, records.dumps(doc)))
    return {"UICustomization": _ui_view(doc)}


def _ui_view(doc: dict) -> dict:
    return {name: value for name, value in doc.items() if name != "ImageFile"}


@handler("GetUICustomization")
def get_ui_customization(ctx, request: dict) -> dict:
    pool_id = request["UserPoolId"]
    client_id = request.get("ClientId") or ALL_CLIENTS
    with ctx.store.snapshot() as db:
        records.require_pool(db, pool_id)
        if client_id != ALL_CLIENTS:
            records.app_client(db, client_id, pool_id)
        # A client without its own customization shows the pool's (ClientId ALL).
        doc = _ui_doc(db, pool_id, client_id) or _ui_doc(db, pool_id, ALL_CLIENTS)
    if doc is None:
        return {"UICustomization": {"UserPoolId": pool_id, "ClientId": client_id}}
    return {"UICustomization": _ui_view(doc)}
