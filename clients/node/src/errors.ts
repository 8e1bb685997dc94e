// Typed errors for cognito-grpc (Google AIP-193).
//
// A failed call carries a `google.rpc.Status` in the `grpc-status-details-bin` trailer. Its
// details hold one `google.rpc.ErrorInfo` (reason e.g. "USER_NOT_FOUND", domain
// "cognito-idp.amazonaws.com", metadata awsErrorCode / awsRequestId / requestId) and, for some
// errors, a `google.rpc.RetryInfo` or `google.rpc.BadRequest`.
//
// google/rpc/status.proto and error_details.proto are not part of protos/, so rather than vendor
// them (or pull in a googleapis package and generate more code) the few messages used here are
// decoded by hand with protobuf-es' own wire reader. Their wire format is frozen by Google; the
// decoder is ~60 lines, deterministic and needs nothing generated.

import { Metadata, status as GrpcStatus } from "@grpc/grpc-js";
import type { ServiceError } from "@grpc/grpc-js";
import { BinaryReader, WireType } from "@bufbuild/protobuf/wire";

export { GrpcStatus };

/** The ErrorInfo domain the cognito-grpc server sets. */
export const ERROR_DOMAIN = "cognito-idp.amazonaws.com";

const TYPE_PREFIX = "type.googleapis.com/";
const ERROR_INFO = "google.rpc.ErrorInfo";
const RETRY_INFO = "google.rpc.RetryInfo";
const BAD_REQUEST = "google.rpc.BadRequest";

/** google.rpc.ErrorInfo */
export interface ErrorInfo {
  readonly type: typeof ERROR_INFO;
  readonly reason: string;
  readonly domain: string;
  readonly metadata: Readonly<Record<string, string>>;
}

/** google.rpc.RetryInfo, its delay in milliseconds. */
export interface RetryInfo {
  readonly type: typeof RETRY_INFO;
  readonly retryDelayMs: number;
}

/** google.rpc.BadRequest */
export interface BadRequest {
  readonly type: typeof BAD_REQUEST;
  readonly fieldViolations: readonly { readonly field: string; readonly description: string }[];
}

/** Any other detail, left packed. */
export interface UnknownDetail {
  readonly type: "unknown";
  readonly typeUrl: string;
  readonly value: Uint8Array;
}

export type StatusDetail = ErrorInfo | RetryInfo | BadRequest | UnknownDetail;

/** google.rpc.Status as decoded from the `grpc-status-details-bin` trailer. */
export interface RpcStatus {
  readonly code: number;
  readonly message: string;
  readonly details: readonly StatusDetail[];
}

type FieldVisitor = (field: number, wire: WireType, reader: BinaryReader) => boolean;

// Walks the fields of one message; `visit` returns false for a field it did not read.
function readFields(bytes: Uint8Array, visit: FieldVisitor): void {
  const reader = new BinaryReader(bytes);
  while (reader.pos < reader.len) {
    const [field, wire] = reader.tag();
    if (!visit(field, wire, reader)) {
      reader.skip(wire, field);
    }
  }
}

function decodeErrorInfo(bytes: Uint8Array): ErrorInfo {
  let reason = "";
  let domain = "";
  const metadata: Record<string, string> = {};
  readFields(bytes, (field, wire, r) => {
    if (wire !== WireType.LengthDelimited) return false;
    if (field === 1) reason = r.string();
    else if (field === 2) domain = r.string();
    else if (field === 3) {
      let key = "";
      let value = "";
      readFields(r.bytes(), (f, w, e) => {
        if (w !== WireType.LengthDelimited) return false;
        if (f === 1) key = e.string();
        else if (f === 2) value = e.string();
        else return false;
        return true;
      });
      metadata[key] = value;
    } else return false;
    return true;
  });
  return { type: ERROR_INFO, reason, domain, metadata };
}

function decodeRetryInfo(bytes: Uint8Array): RetryInfo {
  let seconds = 0;
  let nanos = 0;
  readFields(bytes, (field, wire, r) => {
    if (field !== 1 || wire !== WireType.LengthDelimited) return false;
    readFields(r.bytes(), (f, w, d) => {
      if (w !== WireType.Varint) return false;
      if (f === 1) seconds = Number(d.int64());
      else if (f === 2) nanos = d.int32();
      else return false;
      return true;
    });
    return true;
  });
  return { type: RETRY_INFO, retryDelayMs: seconds * 1000 + Math.round(nanos / 1e6) };
}

function decodeBadRequest(bytes: Uint8Array): BadRequest {
  const fieldViolations: { field: string; description: string }[] = [];
  readFields(bytes, (field, wire, r) => {
    if (field !== 1 || wire !== WireType.LengthDelimited) return false;
    let name = "";
    let description = "";
    readFields(r.bytes(), (f, w, v) => {
      if (w !== WireType.LengthDelimited) return false;
      if (f === 1) name = v.string();
      else if (f === 2) description = v.string();
      else return false;
      return true;
    });
    fieldViolations.push({ field: name, description });
    return true;
  });
  return { type: BAD_REQUEST, fieldViolations };
}

function decodeAny(bytes: Uint8Array): StatusDetail {
  let typeUrl = "";
  let value: Uint8Array = new Uint8Array(0);
  readFields(bytes, (field, wire, r) => {
    if (wire !== WireType.LengthDelimited) return false;
    if (field === 1) typeUrl = r.string();
    else if (field === 2) value = r.bytes();
    else return false;
    return true;
  });
  const typeName = typeUrl.startsWith(TYPE_PREFIX) ? typeUrl.slice(TYPE_PREFIX.length) : typeUrl;
  switch (typeName) {
    case ERROR_INFO:
      return decodeErrorInfo(value);
    case RETRY_INFO:
      return decodeRetryInfo(value);
    case BAD_REQUEST:
      return decodeBadRequest(value);
    default:
      return { type: "unknown", typeUrl, value };
  }
}

/** Decodes a serialized google.rpc.Status (the `grpc-status-details-bin` trailer value). */
export function decodeRpcStatus(bytes: Uint8Array): RpcStatus {
  let code = 0;
  let message = "";
  const details: StatusDetail[] = [];
  readFields(bytes, (field, wire, r) => {
    if (field === 1 && wire === WireType.Varint) code = r.int32();
    else if (field === 2 && wire === WireType.LengthDelimited) message = r.string();
    else if (field === 3 && wire === WireType.LengthDelimited) details.push(decodeAny(r.bytes()));
    else return false;
    return true;
  });
  return { code, message, details };
}

function statusFromMetadata(metadata: Metadata | undefined): RpcStatus | undefined {
  const value = metadata?.get("grpc-status-details-bin")[0];
  if (value === undefined || typeof value === "string") return undefined;
  try {
    return decodeRpcStatus(value);
  } catch {
    return undefined; // a malformed trailer must not hide the original error
  }
}

/** A failed cognito-grpc call: the gRPC status plus the server's AIP-193 error details. */
export class CognitoGrpcError extends Error {
  override readonly name = "CognitoGrpcError";
  /** The gRPC status code (GrpcStatus.NOT_FOUND, ...). */
  readonly code: GrpcStatus;
  /** ErrorInfo.reason, e.g. "USER_NOT_FOUND"; "" when the status carried no ErrorInfo. */
  readonly reason: string;
  /** ErrorInfo.domain, normally "cognito-idp.amazonaws.com". */
  readonly domain: string;
  /** The AWS error code, e.g. "UserNotFoundException", when the error came from Cognito. */
  readonly awsErrorCode: string | undefined;
  /** The AWS request id of the failed Cognito call, when there was one. */
  readonly awsRequestId: string | undefined;
  /** The cognito-grpc request id (x-request-id) the server logged the call under. */
  readonly requestId: string | undefined;
  /** The decoded google.rpc.Status details (ErrorInfo, RetryInfo, BadRequest, ...). */
  readonly details: readonly StatusDetail[];
  /** The ErrorInfo detail itself, when present. */
  readonly errorInfo: ErrorInfo | undefined;
  /** The response trailers. */
  readonly metadata: Metadata;

  constructor(code: GrpcStatus, message: string, metadata: Metadata = new Metadata(),
              options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.metadata = metadata;
    const rpcStatus = statusFromMetadata(metadata);
    this.details = rpcStatus?.details ?? [];
    this.errorInfo = this.details.find((d): d is ErrorInfo => d.type === ERROR_INFO);
    this.reason = this.errorInfo?.reason ?? "";
    this.domain = this.errorInfo?.domain ?? "";
    const info = this.errorInfo?.metadata ?? {};
    this.awsErrorCode = info["awsErrorCode"] || undefined;
    this.awsRequestId = info["awsRequestId"] || undefined;
    this.requestId = info["requestId"] || undefined;
  }

  /** The gRPC status name, e.g. "NOT_FOUND". */
  get codeName(): string {
    return GrpcStatus[this.code] ?? String(this.code);
  }

  /** RetryInfo's delay in milliseconds, when the server suggested one. */
  get retryDelayMs(): number | undefined {
    return this.details.find((d): d is RetryInfo => d.type === RETRY_INFO)?.retryDelayMs;
  }

  /** BadRequest's field violations (empty when there were none). */
  get fieldViolations(): BadRequest["fieldViolations"] {
    return this.details.find((d): d is BadRequest => d.type === BAD_REQUEST)?.fieldViolations
      ?? [];
  }
}

function isServiceError(error: unknown): error is ServiceError {
  return error instanceof Error && typeof (error as Partial<ServiceError>).code === "number"
    && (error as Partial<ServiceError>).metadata instanceof Metadata;
}

/** Wraps a grpc-js error (or anything thrown during a call) into a CognitoGrpcError. */
export function toCognitoGrpcError(error: unknown): CognitoGrpcError {
  if (error instanceof CognitoGrpcError) return error;
  if (isServiceError(error)) {
    return new CognitoGrpcError(error.code, error.details || error.message, error.metadata,
                                { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new CognitoGrpcError(GrpcStatus.UNKNOWN, message, new Metadata(), { cause: error });
}

/**
 * The ErrorInfo reason of a failed call ("USER_NOT_FOUND", ...), or undefined when `error` is
 * not a cognito-grpc error or carries no ErrorInfo.
 */
export function errorReason(error: unknown): string | undefined {
  if (error instanceof CognitoGrpcError) return error.reason || undefined;
  if (isServiceError(error)) return toCognitoGrpcError(error).reason || undefined;
  return undefined;
}
