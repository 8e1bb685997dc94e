// The seed scenario: a pool, an app client, a user with a permanent password, an
// ADMIN_USER_PASSWORD_AUTH sign-in, and the ID token's `sub`.
//
//   npm run build && node dist/examples/seed.js [host:port]
//
// The address comes from argv[2], else COGNITO_GRPC_ADDRESS, else 127.0.0.1:50051.
// COGNITO_GRPC_API_KEY, COGNITO_GRPC_BEARER_TOKEN and COGNITO_GRPC_REGION are sent when set.

import { pathToFileURL } from "node:url";
import {
  AuthFlowType,
  CognitoGrpcError,
  ExplicitAuthFlowsType,
  MessageActionType,
  createClient,
} from "../src/index.js";
import type { CognitoClient } from "../src/index.js";

export interface SeedResult {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly username: string;
  readonly idToken: string;
  /** The `sub` claim of the ID token. */
  readonly sub: string;
}

export interface SeedOptions {
  readonly poolName?: string;
  readonly username?: string;
  readonly password?: string;
}

/** The `sub` claim of a JWT, read from its payload (no signature check: display only). */
export function jwtSub(token: string): string {
  const payload = token.split(".")[1];
  if (payload === undefined) throw new Error("not a JWT");
  const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  if (typeof claims !== "object" || claims === null || !("sub" in claims)
      || typeof claims.sub !== "string") {
    throw new Error("the token has no sub claim");
  }
  return claims.sub;
}

export async function runSeed(cognito: CognitoClient, options: SeedOptions = {}): Promise<SeedResult> {
  const poolName = options.poolName ?? `seed-${Date.now()}`;
  const username = options.username ?? "alice";
  const password = options.password ?? "Seed-Passw0rd!2024";

  const { userPool } = await cognito.createUserPool({ poolName });
  const userPoolId = userPool?.id;
  if (!userPoolId) throw new Error("CreateUserPool returned no pool id");

  const { userPoolClient } = await cognito.createUserPoolClient({
    userPoolId,
    clientName: "seed-app",
    explicitAuthFlows: [
      ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
      ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH,
    ],
  });
  const clientId = userPoolClient?.clientId;
  if (!clientId) throw new Error("CreateUserPoolClient returned no client id");

  await cognito.adminCreateUser({
    userPoolId,
    username,
    userAttributes: [{ name: "email", value: `${username}@example.com` }],
    messageAction: MessageActionType.SUPPRESS,
  });
  await cognito.adminSetUserPassword({ userPoolId, username, password, permanent: true });

  const auth = await cognito.adminInitiateAuth({
    userPoolId,
    clientId,
    authFlow: AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
    authParameters: { USERNAME: username, PASSWORD: password },
  });
  const idToken = auth.authenticationResult?.idToken;
  if (!idToken) throw new Error(`AdminInitiateAuth returned no ID token (challenge ${auth.challengeName})`);

  return { userPoolId, clientId, username, idToken, sub: jwtSub(idToken) };
}

async function main(): Promise<void> {
  const address = process.argv[2] ?? process.env["COGNITO_GRPC_ADDRESS"] ?? "127.0.0.1:50051";
  const env = (name: string) => process.env[name] || undefined;
  const cognito = createClient({
    address,
    apiKey: env("COGNITO_GRPC_API_KEY"),
    bearerToken: env("COGNITO_GRPC_BEARER_TOKEN"),
    region: env("COGNITO_GRPC_REGION"),
  });
  try {
    const seed = await runSeed(cognito);
    console.log(`user pool  ${seed.userPoolId}`);
    console.log(`app client ${seed.clientId}`);
    console.log(`user       ${seed.username}`);
    console.log(`sub        ${seed.sub}`);
  } catch (error) {
    if (error instanceof CognitoGrpcError) {
      console.error(`seed failed: ${error.codeName} ${error.reason || "-"}: ${error.message}`);
    } else {
      console.error("seed failed:", error);
    }
    process.exitCode = 1;
  } finally {
    cognito.close();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
