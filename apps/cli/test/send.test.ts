import { createServer } from "node:http";
import type { IncomingHttpHeaders, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseBasicAuthorization } from "@kyc-webhooks/core";
import { verifySignature } from "@kyc-webhooks/shufti";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoFixtures, run } from "./helpers.js";

interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

const fixtures = repoFixtures();
const fixtureOf = (provider: string, valid = true) => {
  const fixture = fixtures.find((candidate) => candidate.provider === provider && candidate.valid === valid);
  if (!fixture) throw new Error(`no ${provider} fixture`);
  return fixture;
};

/** A server that records every request and answers the status named in its path (`/status/201`), 200 otherwise. */
function startRecorder(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks) });
      const status = Number(/\/status\/(\d{3})/.exec(request.url ?? "")?.[1] ?? 200);
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify({ received: true }));
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received })));
}

describe("send, the request as the provider makes it", () => {
  let recorder: Awaited<ReturnType<typeof startRecorder>>;
  let folder: string;
  const last = () => recorder.received.at(-1) as Received;
  beforeAll(async () => {
    recorder = await startRecorder();
    folder = mkdtempSync(join(tmpdir(), "kyc-cli-send-"));
  });
  afterAll(() => {
    recorder.server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("Shufti: POSTs the fixture's bytes with its content type, signed in the Signature header (rule v2), and prints status and time", async () => {
    const fixture = fixtureOf("shufti");
    const result = await run(["send", "shufti", fixture.name, "--to", `${recorder.url}/webhooks/shufti`, "--secret", "test-secret"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/← 200 OK in \d+(\.\d+)? m?s/);
    const request = last();
    expect(request.method).toBe("POST");
    expect(request.url).toBe("/webhooks/shufti");
    expect(request.headers["content-type"]).toBe(fixture.contentType);
    expect(request.body.equals(readFileSync(fixture.path))).toBe(true);
    expect(verifySignature(request.body, request.headers, "test-secret", { algorithms: ["v2"], headers: ["signature"] })).toMatchObject({ ok: true, algorithm: "v2" });
    expect(request.headers.sp_signature).toBeUndefined();
  });

  it("Shufti: --signature v1 signs by the 2019 rule in sp_signature; both sends both", async () => {
    const fixture = fixtureOf("shufti");
    await run(["send", "shufti", fixture.name, "--to", recorder.url, "--secret", "k", "--signature", "v1"]);
    expect(verifySignature(last().body, last().headers, "k", { algorithms: ["v1"], headers: ["sp_signature"] })).toMatchObject({ ok: true, algorithm: "v1" });
    expect(last().headers.signature).toBeUndefined();
    await run(["send", "shufti", fixture.name, "--to", recorder.url, "--secret", "k", "--signature", "both"]);
    expect(verifySignature(last().body, last().headers, "k", { algorithms: ["v2"], headers: ["signature"] }).ok).toBe(true);
    expect(verifySignature(last().body, last().headers, "k", { algorithms: ["v1"], headers: ["sp_signature"] }).ok).toBe(true);
  });

  it("Shufti: the secret can come from KYC_SHUFTI_SECRET_KEY; without any, it warns that the body goes unsigned", async () => {
    const fixture = fixtureOf("shufti");
    await run(["send", "shufti", fixture.name, "--to", recorder.url], { env: { KYC_SHUFTI_SECRET_KEY: "from-env" } });
    expect(verifySignature(last().body, last().headers, "from-env").ok).toBe(true);
    const unsigned = await run(["send", "shufti", fixture.name, "--to", recorder.url]);
    expect(unsigned.code).toBe(0);
    expect(unsigned.stderr).toContain("no --secret");
    expect(last().headers.signature).toBeUndefined();
  });

  it("Netki and Ondato: HTTP Basic from --username/--password; Ondato's OAuth2 flow: a bearer --token", async () => {
    await run(["send", "netki", fixtureOf("netki").name, "--to", recorder.url, "--username", "netki-user", "--password", "p@ss:word"]);
    expect(parseBasicAuthorization(last().headers.authorization)).toEqual({ username: "netki-user", password: "p@ss:word" });
    expect(last().headers["content-type"]).toBe(fixtureOf("netki").contentType);

    await run(["send", "ondato", fixtureOf("ondato").name, "--to", recorder.url, "-u", "ondato", "--password", "secret"]);
    expect(parseBasicAuthorization(last().headers.authorization)).toEqual({ username: "ondato", password: "secret" });

    await run(["send", "ondato", fixtureOf("ondato").name, "--to", recorder.url, "--token", "abc.def"]);
    expect(last().headers.authorization).toBe("Bearer abc.def");
  });

  it("adds only the headers a provider would: no Accept or fetch headers, extra ones with --header", async () => {
    await run(["send", "netki", fixtureOf("netki").name, "--to", recorder.url, "-u", "a", "--password", "b", "--header", "X-Forwarded-For: 34.202.241.227"]);
    expect(Object.keys(last().headers).sort()).toEqual(["authorization", "connection", "content-length", "content-type", "host", "user-agent", "x-forwarded-for"]);
    expect(last().headers["x-forwarded-for"]).toBe("34.202.241.227");
  });

  it("sends a file: its bytes, with the provider's content type", async () => {
    const file = join(folder, "captured.json");
    writeFileSync(file, readFileSync(fixtureOf("ondato").path));
    const result = await run(["send", "ondato", file, "--to", recorder.url, "--token", "t"]);
    expect(result.code).toBe(0);
    expect(last().headers["content-type"]).toBe("application/json");
    expect(last().body.equals(readFileSync(file))).toBe(true);
  });

  it("--json: { delivered, status, statusText, elapsedMs, request (secrets masked), response }", async () => {
    const result = await run(["send", "netki", fixtureOf("netki").name, "--to", recorder.url, "-u", "a", "--password", "secret-password", "--json"]);
    expect(result.code).toBe(0);
    const outcome = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(outcome).toMatchObject({
      delivered: true,
      status: 200,
      statusText: "OK",
      elapsedMs: expect.any(Number),
      request: { method: "POST", url: `${recorder.url}/`, provider: "netki", fixture: fixtureOf("netki").name, headers: { authorization: "Basic …" } },
      response: { contentType: "application/json", body: '{"received":true}' },
    });
    expect(result.stdout).not.toContain("secret-password");
  });

  it("a refusal is a failed delivery: exit 1 with the status and what to check", async () => {
    const result = await run(["send", "shufti", fixtureOf("shufti").name, "--to", `${recorder.url}/status/401`, "--secret", "wrong"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("401 Unauthorized");
    expect(result.stderr).toContain("Not delivered");
    expect(result.stderr).toContain("Check the credentials");
  });

  it("Netki counts only its exact expected status: 201 is a failure unless --expect-status 201", async () => {
    const args = ["send", "netki", fixtureOf("netki").name, "--to", `${recorder.url}/status/201`, "-u", "a", "--password", "b"];
    const [strict, expected] = await Promise.all([run(args), run([...args, "--expect-status", "201"])]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("callback_expected_status");
    expect(expected.code).toBe(0);
  });

  it("an unreachable receiver: exit 1, one line, no stack trace", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await run(["send", "netki", fixtureOf("netki").name, "--to", `http://127.0.0.1:${port}/webhooks/netki`, "-u", "a", "--password", "b"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("connection refused");
    expect(result.stderr).toContain("Is the receiver running");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("usage errors exit 2: unknown fixture, missing --to, bad URL, bad --signature", async () => {
    const results = await Promise.all([
      run(["send", "shufti", "no.such.fixture", "--to", recorder.url]),
      run(["send", "shufti", fixtureOf("shufti").name]),
      run(["send", "shufti", fixtureOf("shufti").name, "--to", "localhost:8080"]),
      run(["send", "shufti", fixtureOf("shufti").name, "--to", recorder.url, "--secret", "k", "--signature", "v3"]),
    ]);
    for (const result of results) expect(result.code).toBe(2);
    expect(results[0]?.stderr).toContain("kyc-webhooks fixtures shufti");
    expect(results[1]?.stderr).toContain("send needs --to <url>");
    expect(results[2]?.stderr).toContain("must be an http:// or https:// URL");
    expect(results[3]?.stderr).toContain("--signature must be v2, v1 or both");
  });
});
