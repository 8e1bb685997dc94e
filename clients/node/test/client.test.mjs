// Offline tests: AIP-193 decoding, and the client against an in-process grpc-js double built
// from the same protobuf-es descriptor (no cognito-grpc server needed).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import * as grpc from "@grpc/grpc-js";
import { create } from "@bufbuild/protobuf";
import { BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import {
  AdminGetUserResponseSchema,
  CognitoGrpcError,
  CognitoIdentityProviderService,
  GrpcStatus,
  ListUsersResponseSchema,
  VERSION,
  createClient,
  decodeRpcStatus,
  errorReason,
  serviceDefinition,
} from "../dist/src/index.js";

/** A serialized google.rpc.Status with an ErrorInfo and a RetryInfo. */
function statusBytes({ code, message, reason, metadata }) {
  const info = new BinaryWriter();
  info.tag(1, WireType.LengthDelimited).string(reason);
  info.tag(2, WireType.LengthDelimited).string("cognito-idp.amazonaws.com");
  for (const [key, value] of Object.entries(metadata)) {
    info.tag(3, WireType.LengthDelimited).fork()
      .tag(1, WireType.LengthDelimited).string(key)
      .tag(2, WireType.LengthDelimited).string(value)
      .join();
  }
  const retry = new BinaryWriter();
  retry.tag(1, WireType.LengthDelimited).fork().tag(1, WireType.Varint).int64(1)
    .tag(2, WireType.Varint).int32(500_000_000).join();
  const status = new BinaryWriter();
  status.tag(1, WireType.Varint).int32(code);
  status.tag(2, WireType.LengthDelimited).string(message);
  for (const [typeUrl, value] of [["type.googleapis.com/google.rpc.ErrorInfo", info.finish()],
                                  ["type.googleapis.com/google.rpc.RetryInfo", retry.finish()],
                                  ["type.googleapis.com/example.Other", new Uint8Array([8, 1])]]) {
    status.tag(3, WireType.LengthDelimited).fork()
      .tag(1, WireType.LengthDelimited).string(typeUrl)
      .tag(2, WireType.LengthDelimited).bytes(value)
      .join();
  }
  return status.finish();
}

const NOT_FOUND = {
  code: GrpcStatus.NOT_FOUND,
  message: "User does not exist.",
  reason: "USER_NOT_FOUND",
  metadata: { awsErrorCode: "UserNotFoundException", awsRequestId: "aws-1", requestId: "req-1" },
};

test("decodeRpcStatus reads ErrorInfo, RetryInfo and keeps unknown details", () => {
  const status = decodeRpcStatus(statusBytes(NOT_FOUND));
  assert.equal(status.code, GrpcStatus.NOT_FOUND);
  assert.equal(status.message, "User does not exist.");
  assert.deepEqual(status.details[0], {
    type: "google.rpc.ErrorInfo",
    reason: "USER_NOT_FOUND",
    domain: "cognito-idp.amazonaws.com",
    metadata: NOT_FOUND.metadata,
  });
  assert.deepEqual(status.details[1], { type: "google.rpc.RetryInfo", retryDelayMs: 1500 });
  assert.equal(status.details[2].type, "unknown");
});

test("VERSION matches package.json", () => {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  assert.equal(VERSION, pkg.version);
});

test("errorReason is undefined for non-gRPC errors", () => {
  assert.equal(errorReason(new Error("boom")), undefined);
  assert.equal(errorReason("nope"), undefined);
});

let server;
let client;
let lastMetadata;

before(async () => {
  const definition = serviceDefinition(CognitoIdentityProviderService);
  server = new grpc.Server();
  server.addService(definition, {
    AdminGetUser(call, callback) {
      lastMetadata = call.metadata;
      if (call.request.username === "missing") {
        const trailer = new grpc.Metadata();
        trailer.set("grpc-status-details-bin", Buffer.from(statusBytes(NOT_FOUND)));
        callback({ code: grpc.status.NOT_FOUND, details: NOT_FOUND.message, metadata: trailer });
        return;
      }
      callback(null, create(AdminGetUserResponseSchema, {
        username: call.request.username,
        userAttributes: [{ name: "sub", value: "abc" }],
      }));
    },
    ListUsersStream(call) {
      for (const name of ["a", "b", "c"]) {
        call.write(create(ListUsersResponseSchema, { users: [{ username: name }] }));
      }
      call.end();
    },
  });
  const port = await new Promise((resolve, reject) => {
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(),
      (error, boundPort) => (error ? reject(error) : resolve(boundPort)));
  });
  client = createClient({
    address: `127.0.0.1:${port}`,
    apiKey: "k-1",
    bearerToken: "jwt-1",
    region: "eu-west-1",
    timeoutMs: 5000,
  });
});

after(() => {
  client?.close();
  server?.forceShutdown();
});

test("unary call: typed response, credentials and region sent as metadata", async () => {
  const user = await client.adminGetUser({ userPoolId: "p", username: "bob" },
                                         { requestId: "rid-7" });
  assert.equal(user.username, "bob");
  assert.equal(user.userAttributes[0].value, "abc");
  assert.deepEqual(lastMetadata.get("x-api-key"), ["k-1"]);
  assert.deepEqual(lastMetadata.get("authorization"), ["Bearer jwt-1"]);
  assert.deepEqual(lastMetadata.get("x-cognito-region"), ["eu-west-1"]);
  assert.deepEqual(lastMetadata.get("x-request-id"), ["rid-7"]);
});

test("unary error: CognitoGrpcError with the ErrorInfo fields", async () => {
  const error = await client.adminGetUser({ userPoolId: "p", username: "missing" })
    .then(() => assert.fail("expected an error"), (e) => e);
  assert.ok(error instanceof CognitoGrpcError);
  assert.equal(error.code, GrpcStatus.NOT_FOUND);
  assert.equal(error.codeName, "NOT_FOUND");
  assert.equal(error.reason, "USER_NOT_FOUND");
  assert.equal(errorReason(error), "USER_NOT_FOUND");
  assert.equal(error.domain, "cognito-idp.amazonaws.com");
  assert.equal(error.awsErrorCode, "UserNotFoundException");
  assert.equal(error.awsRequestId, "aws-1");
  assert.equal(error.requestId, "req-1");
  assert.equal(error.retryDelayMs, 1500);
  assert.equal(error.message, "User does not exist.");
});

test("server streaming: async iterable of typed pages; early exit cancels", async () => {
  const names = [];
  for await (const page of client.listUsersStream({ userPoolId: "p" })) {
    names.push(...page.users.map((u) => u.username));
  }
  assert.deepEqual(names, ["a", "b", "c"]);
  for await (const page of client.listUsersStream({ userPoolId: "p" })) {
    assert.equal(page.users[0].username, "a");
    break;
  }
});

test("an unimplemented RPC gives UNIMPLEMENTED; an aborted signal gives CANCELLED", async () => {
  await assert.rejects(client.listUsers({ userPoolId: "p" }),
    (e) => e instanceof CognitoGrpcError && e.code === GrpcStatus.UNIMPLEMENTED && e.reason === "");
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(client.adminGetUser({ userPoolId: "p", username: "x" },
                                           { signal: controller.signal }),
    (e) => e instanceof CognitoGrpcError && e.code === GrpcStatus.CANCELLED);
});

test("applyEmpties restores the empty lists and maps proto3 left out", async () => {
  const { applyEmpties, EMPTIES_HEADER } = await import("../dist/src/index.js");
  assert.equal(EMPTIES_HEADER, "x-cognito-empty");
  const doc = { Users: [{ Username: "a" }, { Username: "b" }] };
  assert.deepEqual(applyEmpties(doc, '{"Users":{"1":{"MFAOptions":[]}},"Other":{}}'),
    { Users: [{ Username: "a" }, { Username: "b", MFAOptions: [] }], Other: {} });
  assert.deepEqual(applyEmpties({ A: 1 }, undefined), { A: 1 });
  assert.equal(applyEmpties({}, "null"), false);
  for (const bad of ['{"Users":[]}', '{"Users":{"5":{"X":[]}}}', "[]", '{"Name":{"a":[]}}']) {
    assert.throws(() => applyEmpties({ Users: [{ Username: "a" }], Name: "x" }, bad), /x-cognito-empty/);
  }
});
