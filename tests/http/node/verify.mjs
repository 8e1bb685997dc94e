// aws-jwt-verify checks tokens the engine issued, fetching the pool's JWKS from --http-listen.
// The verifier derives the JWKS URL from the issuer (https://cognito-idp.<region>.amazonaws.com/
// <pool>/.well-known/jwks.json, real Cognito's); its Fetcher is the documented seam, so this one
// sends that same path to the listener instead.
// argv: listener URL, pool id, client id, access token, id token. Prints a JSON verdict.
import { CognitoJwtVerifier } from "aws-jwt-verify";
import { SimpleJwksCache } from "aws-jwt-verify/jwk";

const [listener, userPoolId, clientId, accessToken, idToken] = process.argv.slice(2);
const fetched = [];
const fetcher = {
  async fetch(uri) {
    const url = new URL(uri);
    const local = listener + url.pathname;
    fetched.push(local);
    const answer = await fetch(local);
    if (!answer.ok) throw new Error(`${local}: HTTP ${answer.status}`);
    return await answer.arrayBuffer();
  },
};
const jwksCache = new SimpleJwksCache({ fetcher });
const verdict = { fetched };
for (const [tokenUse, token] of [["access", accessToken], ["id", idToken]]) {
  const verifier = CognitoJwtVerifier.create({ userPoolId, tokenUse, clientId }, { jwksCache });
  try {
    const payload = await verifier.verify(token);
    verdict[tokenUse] = { ok: true, sub: payload.sub, token_use: payload.token_use };
  } catch (error) {
    verdict[tokenUse] = { ok: false, error: `${error.name}: ${error.message}` };
  }
}
// a token whose signature is broken must be refused
const verifier = CognitoJwtVerifier.create({ userPoolId, tokenUse: "access", clientId },
                                           { jwksCache });
const [head, body, signature] = accessToken.split(".");
const forged = `${head}.${body}.${signature.slice(0, -4)}${signature.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
try {
  await verifier.verify(forged);
  verdict.forged = { ok: true };
} catch (error) {
  verdict.forged = { ok: false, error: error.name };
}
console.log(JSON.stringify(verdict));
