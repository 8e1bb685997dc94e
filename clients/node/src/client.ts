// A typed @grpc/grpc-js client built from a protobuf-es v2 service descriptor.
//
// protoc-gen-es generates the messages and a `GenService` descriptor but no transport; the
// grpc-js service definition (path, serializers) is derived here from that descriptor, so the
// only generated code is protoc-gen-es' and every method is typed from it.

import * as grpc from "@grpc/grpc-js";
import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import type { DescMessage, DescMethod, DescService, Message, MessageInitShape, MessageShape }
  from "@bufbuild/protobuf";
import { BinaryReader, BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import { CognitoIdentityProviderService } from "./gen/cognito/idp/v1/service_pb.js";
import { CognitoGrpcError, toCognitoGrpcError } from "./errors.js";

export const VERSION = "0.1.0";

/** Default deadline of every call, unless ClientOptions.timeoutMs says otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** TLS settings; PEM contents, not paths. */
export interface TlsOptions {
  /** CA certificates to trust instead of the system's. */
  readonly rootCerts?: string | Buffer;
  /** Client key and certificate, for mTLS. */
  readonly privateKey?: string | Buffer;
  readonly certChain?: string | Buffer;
}

export interface ClientOptions {
  /** host:port of the cognito-grpc server, e.g. "127.0.0.1:50051". */
  readonly address: string;
  /** Sent as `x-api-key` on every call. */
  readonly apiKey?: string;
  /** Sent as `authorization: Bearer <token>` on every call. */
  readonly bearerToken?: string;
  /** Sent as `x-cognito-region` on every call. */
  readonly region?: string;
  /**
   * Deadline of every call, unary or streaming, in milliseconds (default 30 000). 0 or Infinity:
   * no deadline. CallOptions.timeoutMs overrides it per call.
   */
  readonly timeoutMs?: number;
  /**
   * false/undefined: plaintext; true: TLS with the system's CAs; TlsOptions: TLS with these
   * certificates; or any grpc-js ChannelCredentials.
   */
  readonly tls?: boolean | TlsOptions | grpc.ChannelCredentials;
  /** Extra grpc-js channel options (keepalive, message sizes, ...). */
  readonly channelOptions?: grpc.ChannelOptions;
}

export interface CallOptions {
  /** This call's deadline in milliseconds; 0 or Infinity: none. */
  readonly timeoutMs?: number;
  /** Cancels the call (the promise rejects / the iteration throws with CANCELLED). */
  readonly signal?: AbortSignal;
  /** Sent as `x-request-id`; the server generates one when absent. */
  readonly requestId?: string;
  /** Overrides the client's region for this call. */
  readonly region?: string;
  /** Extra request headers; they replace the client's headers of the same name. */
  readonly metadata?: Readonly<Record<string, string>>;
}

/** A unary RPC: the request (a message or a plain init object) in, a promise of the response. */
export type UnaryFn<I extends DescMessage, O extends DescMessage> =
  (request: MessageInitShape<I>, options?: CallOptions) => Promise<MessageShape<O>>;

/**
 * A server-streaming RPC: an async iterable of responses. The call starts on the first
 * iteration; leaving the loop early cancels it.
 */
export type ServerStreamingFn<I extends DescMessage, O extends DescMessage> =
  (request: MessageInitShape<I>, options?: CallOptions) => AsyncIterable<MessageShape<O>>;

type MethodFn<M> =
  M extends { methodKind: "unary"; input: infer I extends DescMessage; output: infer O extends DescMessage }
    ? UnaryFn<I, O>
    : M extends { methodKind: "server_streaming"; input: infer I extends DescMessage; output: infer O extends DescMessage }
      ? ServerStreamingFn<I, O>
      : never;

/** One typed function per RPC of the service, named by the RPC's localName (e.g. adminGetUser). */
export type ServiceMethods<S extends Pick<DescService, "method">> = {
  readonly [K in keyof S["method"]]: MethodFn<S["method"][K]>;
};

export type HealthStatus = "UNKNOWN" | "SERVING" | "NOT_SERVING" | "SERVICE_UNKNOWN";

export interface ClientControls {
  /** Closes the channel; calls made afterwards fail. */
  close(): void;
  /** Resolves once the channel is connected; rejects after timeoutMs (default: 10 s). */
  waitForReady(timeoutMs?: number): Promise<void>;
  /** grpc.health.v1.Health/Check for `service` ("" is the whole server). */
  checkHealth(service?: string, options?: CallOptions): Promise<HealthStatus>;
  /** The underlying grpc-js client, for anything not covered here. */
  readonly grpcClient: grpc.Client;
}

export type ServiceClient<S extends Pick<DescService, "method">> = ServiceMethods<S> & ClientControls;

/** The typed client of cognito.idp.v1.CognitoIdentityProviderService. */
export type CognitoClient = ServiceClient<typeof CognitoIdentityProviderService>;

/** A grpc-js method definition whose messages are protobuf-es messages. */
export type ProtobufMethodDefinition = grpc.MethodDefinition<Message, Message>;

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The grpc-js definition of one protobuf-es method: path, binary (de)serializers. */
export function methodDefinition(method: DescMethod): ProtobufMethodDefinition {
  const { input, output } = method;
  return {
    path: `/${method.parent.typeName}/${method.name}`,
    requestStream: method.methodKind === "client_streaming" || method.methodKind === "bidi_streaming",
    responseStream: method.methodKind === "server_streaming" || method.methodKind === "bidi_streaming",
    requestSerialize: (value: Message) => toBuffer(toBinary(input, value)),
    requestDeserialize: (bytes: Buffer) => fromBinary(input, bytes),
    responseSerialize: (value: Message) => toBuffer(toBinary(output, value)),
    responseDeserialize: (bytes: Buffer) => fromBinary(output, bytes),
    originalName: method.localName,
  };
}

/**
 * The grpc-js ServiceDefinition of a protobuf-es service, keyed by RPC name. Usable with
 * `grpc.makeGenericClientConstructor` or `server.addService` (e.g. for a test double).
 */
export function serviceDefinition(service: DescService): Readonly<Record<string, ProtobufMethodDefinition>> {
  return Object.fromEntries(service.methods.map((m) => [m.name, methodDefinition(m)]));
}

function channelCredentials(tls: ClientOptions["tls"]): grpc.ChannelCredentials {
  if (tls instanceof grpc.ChannelCredentials) return tls;
  if (!tls) return grpc.credentials.createInsecure();
  if (tls === true) return grpc.credentials.createSsl();
  const pem = (v: string | Buffer | undefined) => (v === undefined ? null : Buffer.from(v));
  return grpc.credentials.createSsl(pem(tls.rootCerts), pem(tls.privateKey), pem(tls.certChain));
}

function deadlineFor(timeoutMs: number | undefined): grpc.Deadline | undefined {
  if (timeoutMs === undefined || timeoutMs <= 0 || !Number.isFinite(timeoutMs)) return undefined;
  return new Date(Date.now() + timeoutMs);
}

interface Invoker {
  metadata(options: CallOptions | undefined): grpc.Metadata;
  callOptions(options: CallOptions | undefined): grpc.CallOptions;
}

function invoker(client: ClientOptions): Invoker {
  const defaultTimeout = client.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    metadata(options) {
      const md = new grpc.Metadata();
      if (client.apiKey) md.set("x-api-key", client.apiKey);
      if (client.bearerToken) md.set("authorization", `Bearer ${client.bearerToken}`);
      const region = options?.region ?? client.region;
      if (region) md.set("x-cognito-region", region);
      if (options?.requestId) md.set("x-request-id", options.requestId);
      for (const [key, value] of Object.entries(options?.metadata ?? {})) md.set(key, value);
      return md;
    },
    callOptions(options) {
      const deadline = deadlineFor(options?.timeoutMs ?? defaultTimeout);
      return deadline === undefined ? {} : { deadline };
    },
  };
}

function abortedError(): CognitoGrpcError {
  return new CognitoGrpcError(grpc.status.CANCELLED, "aborted before the call started");
}

function unaryFn(grpcClient: grpc.Client, inv: Invoker, method: DescMethod) {
  const def = methodDefinition(method);
  return (request: MessageInitShape<DescMessage>, options?: CallOptions): Promise<Message> =>
    new Promise<Message>((resolve, reject) => {
      const message = create(method.input, request);
      const signal = options?.signal;
      if (signal?.aborted) {
        reject(abortedError());
        return;
      }
      const onAbort = () => call.cancel();
      const call = grpcClient.makeUnaryRequest(def.path, def.requestSerialize,
        def.responseDeserialize, message, inv.metadata(options), inv.callOptions(options),
        (error, response) => {
          signal?.removeEventListener("abort", onAbort);
          if (error) reject(toCognitoGrpcError(error));
          else if (response === undefined) reject(toCognitoGrpcError(new Error("empty response")));
          else resolve(response);
        });
      signal?.addEventListener("abort", onAbort, { once: true });
    });
}

function serverStreamingFn(grpcClient: grpc.Client, inv: Invoker, method: DescMethod) {
  const def = methodDefinition(method);
  return async function* (request: MessageInitShape<DescMessage>, options?: CallOptions):
      AsyncGenerator<Message, void, undefined> {
    const message = create(method.input, request);
    const signal = options?.signal;
    if (signal?.aborted) throw abortedError();
    const call = grpcClient.makeServerStreamRequest(def.path, def.requestSerialize,
      def.responseDeserialize, message, inv.metadata(options), inv.callOptions(options));
    // The iterator below has its own listener; this one keeps a late error (after an early
    // exit and cancel) from becoming an unhandled 'error' event.
    call.on("error", () => undefined);
    const onAbort = () => call.cancel();
    signal?.addEventListener("abort", onAbort, { once: true });
    let finished = false;
    try {
      for await (const response of call as AsyncIterable<Message>) yield response;
      finished = true;
    } catch (error) {
      finished = true;
      throw toCognitoGrpcError(error);
    } finally {
      signal?.removeEventListener("abort", onAbort);
      if (!finished) call.cancel();
    }
  };
}

const HEALTH_CHECK = "/grpc.health.v1.Health/Check";
const HEALTH_STATUSES: readonly HealthStatus[] = ["UNKNOWN", "SERVING", "NOT_SERVING", "SERVICE_UNKNOWN"];

// grpc.health.v1.HealthCheckRequest { string service = 1; } / HealthCheckResponse { status = 1; }
function encodeHealthRequest(service: string): Buffer {
  const writer = new BinaryWriter();
  if (service) writer.tag(1, WireType.LengthDelimited).string(service);
  return toBuffer(writer.finish());
}

function decodeHealthResponse(bytes: Buffer): HealthStatus {
  const reader = new BinaryReader(bytes);
  let value = 0;
  while (reader.pos < reader.len) {
    const [field, wire] = reader.tag();
    if (field === 1 && wire === WireType.Varint) value = reader.int32();
    else reader.skip(wire, field);
  }
  return HEALTH_STATUSES[value] ?? "UNKNOWN";
}

/** A typed client for any protobuf-es v2 service over @grpc/grpc-js. */
export function createServiceClient<S extends DescService>(service: S, options: ClientOptions):
    ServiceClient<S> {
  const grpcClient = new grpc.Client(options.address, channelCredentials(options.tls), {
    "grpc.primary_user_agent": `cognito-grpc-node/${VERSION}`,
    ...options.channelOptions,
  });
  const inv = invoker(options);
  const methods: Record<string, unknown> = {};
  for (const method of service.methods) {
    if (method.methodKind === "unary") methods[method.localName] = unaryFn(grpcClient, inv, method);
    else if (method.methodKind === "server_streaming") {
      methods[method.localName] = serverStreamingFn(grpcClient, inv, method);
    }
    // No client- or bidi-streaming RPCs exist in cognito.idp.v1; they are left out.
  }
  const controls: ClientControls = {
    grpcClient,
    close: () => grpcClient.close(),
    waitForReady: (timeoutMs = 10_000) => new Promise<void>((resolve, reject) => {
      grpcClient.waitForReady(Date.now() + timeoutMs, (error) => (error ? reject(error) : resolve()));
    }),
    checkHealth: (healthService = "", callOptions?: CallOptions) =>
      new Promise<HealthStatus>((resolve, reject) => {
        grpcClient.makeUnaryRequest(HEALTH_CHECK, (s: string) => encodeHealthRequest(s),
          decodeHealthResponse, healthService, inv.metadata(callOptions),
          inv.callOptions(callOptions), (error, status) => {
            if (error) reject(toCognitoGrpcError(error));
            else resolve(status ?? "UNKNOWN");
          });
      }),
  };
  // The method table is built from the same descriptor the type is computed from.
  return Object.assign(methods, controls) as ServiceClient<S>;
}

/** The typed client of the cognito-grpc server at `options.address`. */
export function createClient(options: ClientOptions): CognitoClient {
  return createServiceClient(CognitoIdentityProviderService, options);
}
