// The empty lists and maps proto3 cannot carry, sent beside the message in metadata.
//
// The server puts an overlay of them in the trailer `x-cognito-empty`: ASCII JSON that mirrors
// the message's JSON form (`toJson(Schema, message)`, whose keys are the AWS member names).
// A leaf `[]` is an empty list, `{}` an empty map; any other object steps into a member, a map
// key, or (decimal keys) a list element. A stream's overlay is keyed by page index; `null`
// means there were too many to carry.
//
//   const json = toJson(ListUsersResponseSchema, response) as JsonObject;
//   applyEmpties(json, trailer.get(EMPTIES_HEADER)[0]);   // json.Users is [] on an empty pool

import type { JsonObject, JsonValue } from "@bufbuild/protobuf";

export const EMPTIES_HEADER = "x-cognito-empty";

function isEmptyLeaf(value: JsonValue | undefined): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return value !== null && typeof value === "object" && Object.keys(value).length === 0;
}

function merge(doc: JsonObject, overlay: JsonObject, path: string): void {
  for (const [key, step] of Object.entries(overlay)) {
    const where = path + key;
    if (isEmptyLeaf(step)) {
      if (doc[key] !== undefined && !isEmptyLeaf(doc[key])) {
        throw new Error(`${EMPTIES_HEADER} at ${where}: said empty, but holds items`);
      }
      doc[key] = step;
      continue;
    }
    if (step === null || typeof step !== "object" || Array.isArray(step)) {
      throw new Error(`${EMPTIES_HEADER} at ${where}: not an object`);
    }
    const present = doc[key];
    if (Array.isArray(present)) {
      for (const [index, inner] of Object.entries(step)) {
        const element = /^\d+$/.test(index) ? present[Number(index)] : undefined;
        if (element === null || typeof element !== "object" || Array.isArray(element) ||
            inner === null || typeof inner !== "object" || Array.isArray(inner)) {
          throw new Error(`${EMPTIES_HEADER} at ${where}: no element ${index}`);
        }
        merge(element, inner, `${where}[${index}].`);
      }
    } else if (present !== null && typeof present === "object") {
      merge(present, step, `${where}.`);
    } else {
      throw new Error(`${EMPTIES_HEADER} at ${where}: nothing there to step into`);
    }
  }
}

/**
 * Merges the overlay `header` (the `x-cognito-empty` value, or undefined) into `doc`, the JSON
 * form of the message it came with, and returns `doc`. Returns false when the sender said the
 * overlay was too large to carry; throws on an overlay that does not fit `doc`.
 */
export function applyEmpties(doc: JsonObject, header: string | Buffer | undefined): JsonObject | false {
  if (header === undefined) return doc;
  const overlay: JsonValue = JSON.parse(header.toString());
  if (overlay === null) return false;
  if (typeof overlay !== "object" || Array.isArray(overlay)) {
    throw new Error(`${EMPTIES_HEADER}: not a JSON object`);
  }
  merge(doc, overlay, "");
  return doc;
}
