// End-to-end: the client against a real cognito-grpc server (embedded moto backend).
//
// Server: COGNITO_GRPC_ADDRESS (host:port of a running server; it is left running), else the
// binary at COGNITO_GRPC_BIN, else <repo>/.venv/bin/cognito-grpc, started here on a free
// 127.0.0.1 port and stopped at the end. COGNITO_GRPC_API_KEY / COGNITO_GRPC_BEARER_TOKEN are
// sent when set (for a server started with --auth).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import {
  CognitoGrpcError,
  GrpcStatus,
  MessageActionType,
  createClient,
  errorReason,
} from "../dist/src/index.js";
import { runSeed } from "../dist/examples/seed.js";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const STARTUP_TIMEOUT_MS = 60_000;

let server; // the child process, when this file started one
let serverOutput = "";
let cognito;

function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

async function startServer() {
  const bin = process.env.COGNITO_GRPC_BIN || resolve(REPO, ".venv/bin/cognito-grpc");
  if (!existsSync(bin)) {
    throw new Error(`cognito-grpc not found at ${bin}: set COGNITO_GRPC_BIN or COGNITO_GRPC_ADDRESS`);
  }
  const address = `127.0.0.1:${await freePort()}`;
  server = spawn(bin, ["serve", "--listen", address, "--log-format", "console"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk) => { serverOutput = (serverOutput + chunk).slice(-20_000); };
  server.stdout.on("data", keep);
  server.stderr.on("data", keep);
  return address;
}

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((done) => server.once("exit", done));
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Polls grpc.health.v1.Health/Check until the server reports SERVING. */
async function waitServing(client) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (server && (server.exitCode !== null || server.signalCode !== null)) {
      throw new Error(`cognito-grpc exited (${server.exitCode ?? server.signalCode}):\n${serverOutput}`);
    }
    try {
      const status = await client.checkHealth("", { timeoutMs: 2000 });
      if (status === "SERVING") return;
      last = status;
    } catch (error) {
      // A server without the health service is up all the same.
      if (error instanceof CognitoGrpcError && error.code === GrpcStatus.UNIMPLEMENTED) return;
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(`cognito-grpc not serving after ${STARTUP_TIMEOUT_MS} ms (${last}):\n${serverOutput}`);
}

before(async () => {
  const address = process.env.COGNITO_GRPC_ADDRESS || (await startServer());
  cognito = createClient({
    address,
    apiKey: process.env.COGNITO_GRPC_API_KEY || undefined,
    bearerToken: process.env.COGNITO_GRPC_BEARER_TOKEN || undefined,
    timeoutMs: 20_000,
  });
  try {
    await waitServing(cognito);
  } catch (error) {
    cognito.close();
    await stopServer();
    throw error;
  }
});

after(async () => {
  cognito?.close();
  await stopServer();
});

let seed;

test("seed scenario: the ID token's sub is the user's sub", async () => {
  seed = await runSeed(cognito, { poolName: `node-e2e-${process.pid}-${Date.now()}` });
  assert.match(seed.userPoolId, /^[\w-]+_\w+$/);
  assert.ok(seed.clientId);
  const user = await cognito.adminGetUser({ userPoolId: seed.userPoolId, username: seed.username });
  const sub = user.userAttributes.find((attribute) => attribute.name === "sub")?.value;
  assert.ok(sub, "AdminGetUser returned no sub attribute");
  assert.equal(seed.sub, sub);
  assert.equal(user.username, seed.username);
});

test("AdminGetUser of a missing user: USER_NOT_FOUND", async () => {
  assert.ok(seed, "the seed scenario must run first");
  const error = await cognito.adminGetUser({ userPoolId: seed.userPoolId, username: "nobody-here" })
    .then(() => assert.fail("AdminGetUser of a missing user succeeded"), (e) => e);
  assert.equal(errorReason(error), "USER_NOT_FOUND");
  assert.ok(error instanceof CognitoGrpcError);
  assert.equal(error.code, GrpcStatus.NOT_FOUND);
  assert.equal(error.domain, "cognito-idp.amazonaws.com");
  assert.equal(error.awsErrorCode, "UserNotFoundException");
});

test("ListUsersStream walks every page", async () => {
  assert.ok(seed, "the seed scenario must run first");
  const extra = ["bob", "carol", "dave"];
  for (const username of extra) {
    await cognito.adminCreateUser({
      userPoolId: seed.userPoolId,
      username,
      messageAction: MessageActionType.SUPPRESS,
    });
  }
  const pages = [];
  for await (const page of cognito.listUsersStream({ userPoolId: seed.userPoolId, limit: 2 })) {
    pages.push(page.users.map((user) => user.username));
  }
  const usernames = pages.flat().sort();
  assert.deepEqual(usernames, [seed.username, ...extra].sort());
  assert.ok(pages.length >= 2, `expected several pages of 2, got ${JSON.stringify(pages)}`);
});
