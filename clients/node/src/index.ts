// @cognito-grpc/client: a typed Node.js client for cognito-grpc.
//
//   import { createClient, errorReason, ExplicitAuthFlowsType } from "@cognito-grpc/client";
//   const cognito = createClient({ address: "127.0.0.1:50051", apiKey: process.env.KEY });
//   const { userPool } = await cognito.createUserPool({ poolName: "demo" });
//
// Every message, enum and schema of cognito.idp.v1 is re-exported from here.

export {
  createClient,
  createServiceClient,
  methodDefinition,
  serviceDefinition,
  DEFAULT_TIMEOUT_MS,
  VERSION,
} from "./client.js";
export type {
  CallOptions,
  ClientControls,
  ClientOptions,
  CognitoClient,
  HealthStatus,
  ProtobufMethodDefinition,
  ServerStreamingFn,
  ServiceClient,
  ServiceMethods,
  TlsOptions,
  UnaryFn,
} from "./client.js";
export {
  CognitoGrpcError,
  ERROR_DOMAIN,
  GrpcStatus,
  decodeRpcStatus,
  errorReason,
  toCognitoGrpcError,
} from "./errors.js";
export { EMPTIES_HEADER, applyEmpties } from "./empties.js";
export type {
  BadRequest,
  ErrorInfo,
  RetryInfo,
  RpcStatus,
  StatusDetail,
  UnknownDetail,
} from "./errors.js";

export * from "./gen/cognito/idp/v1/enums_pb.js";
export * from "./gen/cognito/idp/v1/types_pb.js";
export * from "./gen/cognito/idp/v1/messages_pb.js";
export * from "./gen/cognito/idp/v1/service_pb.js";
export * from "./gen/cognito/idp/v1/options_pb.js";
