import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, silentLogger, startReceiver } from "@kyc-webhooks/receiver";
import type { CallbackAck, DeliveryDetail, DeliveryListResponse, RunningReceiver } from "@kyc-webhooks/receiver";
import { computeSignature } from "@kyc-webhooks/shufti";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoFixtures, run } from "./helpers.js";

/*
 * `deliveries list|show|retry` and `replay <event-id>` against a real receiver whose fan-out goes to a real
 * downstream HTTP server that is down at first (so that the delivery is dead-lettered) and then comes back.
 */

const adminToken = "cli-test-admin-token-0123456789";
const shuftiSecret = "cli-test-shufti-secret";

describe("deliveries and replay through the receiver's fan-out", () => {
  let folder: string;
  let receiver: RunningReceiver;
  let downstream: http.Server;
  let status = 503;
  const received: string[] = [];
  const receiverArgs = () => ["--url", receiver.url, "--admin-token", adminToken];

  beforeAll(async () => {
    downstream = http.createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        received.push(String(req.headers["webhook-id"]));
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => downstream.listen(0, "127.0.0.1", resolve));
    folder = mkdtempSync(join(tmpdir(), "kyc-cli-deliveries-"));
    receiver = await startReceiver(
      loadConfig({
        env: {
          KYC_PORT: "0",
          DATABASE_URL: `sqlite:${join(folder, "receiver.db")}`,
          KYC_ADMIN_TOKEN: adminToken,
          KYC_SHUFTI_SECRET_KEY: shuftiSecret,
          KYC_OUTBOUND_URLS: `http://127.0.0.1:${(downstream.address() as AddressInfo).port}/hook`,
          KYC_OUTBOUND_SECRET: `whsec_${randomBytes(32).toString("base64")}`,
          KYC_OUTBOUND_RETRY_SCHEDULE: "0,10",
          KYC_OUTBOUND_POLL_MS: "20",
        },
      }),
      { logger: silentLogger },
    );
  });
  afterAll(async () => {
    await receiver?.close();
    await new Promise((resolve) => downstream.close(resolve));
    rmSync(folder, { recursive: true, force: true });
  });

  async function api<T>(path: string): Promise<T> {
    return (await (await fetch(`${receiver.url}${path}`, { headers: { authorization: `Bearer ${adminToken}` } })).json()) as T;
  }

  it("lists a dead-lettered delivery, shows its attempts, retries it, and replay sends the event again", async () => {
    const fixture = repoFixtures().find((candidate) => candidate.provider === "shufti" && candidate.kind === "verification.accepted" && candidate.valid);
    if (!fixture) throw new Error("no Shufti verification.accepted fixture");
    const body = readFileSync(fixture.path);
    const response = await fetch(`${receiver.url}/webhooks/shufti`, { method: "POST", headers: { "content-type": fixture.contentType, signature: computeSignature(body, shuftiSecret, "v2") }, body: new Uint8Array(body) });
    const ack = (await response.json()) as CallbackAck;
    for (let waited = 0; (await api<DeliveryListResponse>("/deliveries?state=dead")).deliveries.length === 0 && waited < 200; waited++) await new Promise((resolve) => setTimeout(resolve, 50));

    const listed = await run(["deliveries", "list", "--state", "dead", "--json", ...receiverArgs()]);
    expect(listed.code).toBe(0);
    const [dead] = (JSON.parse(listed.stdout) as DeliveryListResponse).deliveries;
    expect(dead).toMatchObject({ state: "dead", attempts: 2, lastError: "HTTP 503", eventRowId: ack.id });
    const table = await run(["deliveries", "list", ...receiverArgs()]);
    expect(table.stdout).toMatch(new RegExp(`^${dead?.id}\\s+${ack.id}\\s+http://127\\.0\\.0\\.1:\\d+/hook\\s+dead\\s+2`, "m"));
    const shown = await run(["deliveries", "show", dead?.id ?? "", ...receiverArgs()]);
    expect(shown.code).toBe(0);
    expect(shown.stdout.match(/HTTP 503/g)).toHaveLength(2);

    status = 204;
    const retried = await run(["deliveries", "retry", dead?.id ?? "", ...receiverArgs()]);
    expect(retried.code).toBe(0);
    for (let waited = 0; (await api<DeliveryDetail>(`/deliveries/${dead?.id ?? ""}`)).state !== "succeeded" && waited < 200; waited++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await api<DeliveryDetail>(`/deliveries/${dead?.id ?? ""}`)).attemptLog.map((attempt) => attempt.statusCode)).toEqual([503, 503, 204]);

    const replayed = await run(["replay", ack.id, "--json", ...receiverArgs()]);
    expect(replayed.code).toBe(0);
    expect(JSON.parse(replayed.stdout)).toMatchObject({ deliveries: [{ id: dead?.id, state: "pending" }] });
    for (let waited = 0; received.length < 4 && waited < 200; waited++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(new Set(received)).toEqual(new Set([dead?.messageId]));
    expect(received).toHaveLength(4);
  }, 60_000);

  it("exits 1 for an unknown delivery and 2 for a usage error", async () => {
    expect((await run(["deliveries", "show", "999999", ...receiverArgs()])).code).toBe(1);
    expect((await run(["deliveries", "retry", "999999", ...receiverArgs()])).code).toBe(1);
    expect((await run(["deliveries", "list", "--state", "lost", ...receiverArgs()])).code).toBe(2);
    expect((await run(["deliveries", ...receiverArgs()])).code).toBe(2);
    expect((await run(["deliveries", "retry", ...receiverArgs()])).code).toBe(2);
  }, 60_000);
});
