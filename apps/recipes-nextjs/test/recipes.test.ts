// The providers' Next.js route handler recipes (app/webhooks/<provider>/route.ts, as each provider README prints
// them), built with `next build` and served by `next start` on loopback: simulate() deliveries go through Next.js.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createServer, type AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebhooks as createJumioWebhooks } from "@kyc-webhooks/jumio";
import { createWebhooks as createNetkiWebhooks } from "@kyc-webhooks/netki";
import { createWebhooks as createOndatoWebhooks } from "@kyc-webhooks/ondato";
import { createWebhooks as createShuftiWebhooks } from "@kyc-webhooks/shufti";
import { testCredentials } from "../credentials.js";

const appDir = fileURLToPath(new URL("..", import.meta.url));
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

interface Delivery {
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

let server: ChildProcess | undefined;
let baseUrl = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${log()}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`next start did not answer within 60 s:\n${log()}`);
}

beforeAll(async () => {
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: appDir, env, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`next build failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  let output = "";
  server = spawn(process.execPath, [nextBin, "start", "--hostname", "127.0.0.1", "--port", String(port)], { cwd: appDir, env, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await waitUntilReady(baseUrl, server, () => output);
}, 180_000);

afterAll(async () => {
  const child = server;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
});

/** The delivery exactly as simulate() returns it (plus the headers the platform in front of Next.js adds). */
function post(provider: string, delivery: Delivery, extraHeaders: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/webhooks/${provider}`, { method: delivery.method, headers: { ...delivery.headers, ...extraHeaders }, body: new Uint8Array(delivery.body) });
}

describe("the Next.js route handler recipes, served by next start", () => {
  it("shufti: a signed delivery is accepted, a tampered body is refused", async () => {
    const webhooks = createShuftiWebhooks({ secretKey: testCredentials.shufti.secretKey });
    const delivery = webhooks.simulate("verification.accepted");
    const accepted = await post("shufti", delivery);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ kind: "verification.accepted" });

    const tampered = Uint8Array.from(delivery.body);
    const at = new TextDecoder().decode(tampered).indexOf("verification.accepted");
    expect(at).toBeGreaterThan(-1);
    tampered[at] = "V".charCodeAt(0);
    const refused = await post("shufti", { ...delivery, body: tampered });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ issues: [expect.objectContaining({ code: expect.any(String) })] });
  });

  it("jumio: a delivery from a Jumio address is accepted, one from another address is refused", async () => {
    const webhooks = createJumioWebhooks();
    const delivery = webhooks.simulate("netverify-id.approved-verified.seed-003");
    // The platform or reverse proxy in front of Next.js sets X-Real-IP to the peer's address.
    const accepted = await post("jumio", delivery, { "x-real-ip": delivery.remoteAddress });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ kind: "NETVERIFYID" });

    const outside = await post("jumio", delivery, { "x-real-ip": "203.0.113.7" });
    expect(outside.status).toBe(403);
    const unknown = await post("jumio", delivery);
    expect(unknown.status).toBe(403);
  });

  it("ondato: a delivery with the configured basic auth is accepted, other credentials are refused", async () => {
    const accepted = await post("ondato", createOndatoWebhooks(testCredentials.ondato).simulate("kyc-identification.approved"));
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ kind: "KycIdentification.Approved" });

    const wrong = createOndatoWebhooks({ username: testCredentials.ondato.username, password: "wrong-password" });
    const refused = await post("ondato", wrong.simulate("kyc-identification.approved"));
    expect(refused.status).toBe(401);
  });

  it("netki: a delivery with the configured basic auth is accepted, other credentials are refused", async () => {
    const accepted = await post("netki", createNetkiWebhooks(testCredentials.netki).simulate("transaction.completed"));
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ kind: "transaction" });

    const wrong = createNetkiWebhooks({ username: testCredentials.netki.username, password: "wrong-password" });
    const refused = await post("netki", wrong.simulate("transaction.completed"));
    expect(refused.status).toBe(401);
  });
});
