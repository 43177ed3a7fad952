import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, postgresBackend } from "../helpers/backends.js";
import type { BackendDatabase } from "../helpers/backends.js";
import { secrets } from "../helpers/harness.js";
import { bundleReceiver } from "../helpers/processes.js";
import type { ReceiverProcess } from "../helpers/processes.js";
import { leakedPersonalValues, metricsOf, metricValue, signedShufti, startReceiver, storedEvents } from "./support.js";

/*
 * Duplicate storms: the same signed callback 1,000 times at once is one event and 999 recorded redeliveries, each
 * acknowledged with a 2xx; on one receiver (SQLite and PostgreSQL) and split between two receiver processes on
 * one PostgreSQL.
 */

const storm = 1_000;

/** A storm is not about timeouts: on a loaded machine the last of a thousand answers may come after the default 20 s. */
const patient = { KYC_REQUEST_TIMEOUT_MS: "120000", KYC_HEADERS_TIMEOUT_MS: "120000" };

interface Ack {
  readonly id: string;
  readonly duplicate: boolean;
}

/** One POST over node:http (no connect timeout: a thousand connections at once queue in the listen backlog). */
function postOnce(url: string, headers: Record<string, string>, body: Uint8Array): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${url}/webhooks/shufti`, { method: "POST", headers: { ...headers, "content-length": String(body.byteLength) }, agent: false }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** Posts the same callback `count` times concurrently to the given receivers (round robin); resolves with every answer. */
async function stormOf(urls: readonly string[], reference: string, count: number): Promise<{ status: number; ack: Ack | undefined }[]> {
  const { body, headers } = signedShufti(reference);
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const { status, text } = await postOnce(urls[index % urls.length] ?? "", headers, new Uint8Array(body));
      return { status, ack: status === 200 ? (JSON.parse(text) as Ack) : undefined };
    }),
  );
}

async function expectOneEvent(url: string, reference: string, answers: { status: number; ack: Ack | undefined }[]): Promise<void> {
  expect(answers.filter((answer) => answer.status !== 200).map((answer) => answer.status)).toEqual([]);
  expect(answers.filter((answer) => answer.ack?.duplicate === false)).toHaveLength(1);
  expect(answers.filter((answer) => answer.ack?.duplicate === true)).toHaveLength(storm - 1);
  expect(new Set(answers.map((answer) => answer.ack?.id)).size).toBe(1);
  const events = (await storedEvents(url, "provider=shufti")).filter((event) => event.reference === reference);
  expect(events).toHaveLength(1);
  expect(events[0]?.deliveries).toBe(storm);
  const detail = (await (await fetch(`${url}/events/${events[0]?.id ?? ""}`, { headers: { authorization: `Bearer ${secrets.adminToken}` } })).json()) as { deliveryLog: { duplicate: boolean }[] };
  expect(detail.deliveryLog.filter((delivery) => delivery.duplicate)).toHaveLength(storm - 1);
}

describe.each(backends)("a duplicate storm on $name", (backend) => {
  let database: BackendDatabase;
  let receiver: ReceiverProcess;

  beforeAll(async () => {
    await bundleReceiver();
    database = await backend.create();
    receiver = await startReceiver(database, patient);
  }, 60_000);

  afterAll(async () => {
    await receiver?.stop();
    await database?.cleanup();
  });

  it(`${storm} concurrent deliveries of one callback are one event and ${storm - 1} recorded redeliveries`, async () => {
    const reference = `storm-${backend.name}-${Date.now()}`;
    const answers = await stormOf([receiver.url], reference, storm);
    await expectOneEvent(receiver.url, reference, answers);
    const metrics = await metricsOf(receiver.url);
    expect(metricValue(metrics, "kyc_webhooks_duplicates_total", 'provider="shufti"')).toBe(storm - 1);
  }, 120_000);
});

describe("a duplicate storm split between two receiver processes on one PostgreSQL", () => {
  let database: BackendDatabase;
  const receivers: ReceiverProcess[] = [];

  beforeAll(async () => {
    await bundleReceiver();
    database = await postgresBackend.create();
    receivers.push(await startReceiver(database, patient), await startReceiver(database, patient));
  }, 60_000);

  afterAll(async () => {
    for (const receiver of receivers) await receiver.stop();
    await database?.cleanup();
  });

  it(`${storm} concurrent deliveries, half to each, are one event and ${storm - 1} recorded redeliveries`, async () => {
    const reference = `storm-two-${Date.now()}`;
    const answers = await stormOf(receivers.map((receiver) => receiver.url), reference, storm);
    await expectOneEvent(receivers[0]?.url ?? "", reference, answers);
  }, 120_000);

  it("the receivers' logs and metrics hold no personal value of the fixtures", async () => {
    for (const receiver of receivers.splice(0)) await receiver.stop();
    expect(leakedPersonalValues()).toEqual([]);
  });
});
