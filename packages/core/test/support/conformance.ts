import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isJsonMediaType } from "../../src/body.js";
import type { Fixture } from "../../src/fixtures.js";
import { loadFixtures } from "../../src/node/fixture-files.js";
import type { SimulatedDelivery, WebhookFailure, WebhookRequest, WebhookResult, Webhooks } from "../../src/webhooks.js";

/*
 * The conformance suite every provider package runs (test/conformance.test.ts): the contract of
 * createWebhooks(options) checked the same way for all four, so that a user who knows one knows all.
 */

export interface ConformanceSubject<M> {
  readonly provider: string;
  /** `createWebhooks(options)` with working options. */
  readonly webhooks: Webhooks<M>;
  /** The same with `strictness: "tolerant"`. */
  readonly tolerant: Webhooks<M>;
  /** The same provider with other secrets: what it sends must be refused at authenticate. Omit for noauth. */
  readonly wrongCredentials?: Webhooks<M>;
  /** `listFixtures()` of the package's `./fixtures` entry. */
  readonly fixtures: readonly Fixture[];
  /** The package's `fixtures/` folder, to check the importable data against the files. */
  readonly fixturesFolder: URL;
  /** The stage each negative fixture must be refused at (every negative listed). */
  readonly negativeStages: Readonly<Record<string, "decode" | "validate">>;
  /** The provider signs the body: a changed byte fails authentication. */
  readonly signsBody: boolean;
  /** The provider is recognised by its address: one outside the allowlist fails authentication. */
  readonly checksAddress: boolean;
}

const statusesOf = { authenticate: [401, 403], decode: [400, 415], validate: [422] } as const;

function expectWellFormedFailure<M>(result: WebhookResult<M>): asserts result is WebhookFailure {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(statusesOf[result.stage] as readonly number[]).toContain(result.status);
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.code).toBe("string");
    expect(typeof issue.message).toBe("string");
  }
}

/** Names of this repository's research files, which a user of the package does not have. */
const internalNames = /seeds\/|\b[Ss]eeds? \d{3}\b|PROVIDER-FACTS|PROVIDER-PACKAGES|\d{3}_[0-9a-f]{16}\.txt|\bseed documents?\b/;

/** Lines of the package's README, fixture manifests and sources that cite a provider document by a name of ours. */
function internalCitations(packageFolder: URL): string[] {
  const files = [new URL("README.md", packageFolder), new URL("fixtures/index.json", packageFolder), new URL("fixtures/api/index.json", packageFolder)];
  const walk = (folder: URL): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(new URL(`${entry.name}/`, folder));
      else if (entry.name.endsWith(".ts")) files.push(new URL(entry.name, folder));
    }
  };
  walk(new URL("src/", packageFolder));
  return files.flatMap((file) => {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return [];
    }
    return text.split("\n").flatMap((line, index) => (internalNames.test(line) ? [`${file.pathname.slice(packageFolder.pathname.length)}:${index + 1}: ${line.trim()}`] : []));
  });
}

function tampered(delivery: SimulatedDelivery): SimulatedDelivery {
  const body = new Uint8Array(delivery.body);
  // Change one character inside the body, keeping it the same length and still text.
  const index = Math.floor(body.length / 2);
  body[index] = body[index] === 0x20 ? 0x21 : 0x20;
  return { ...delivery, body };
}

function throwingHeaders(): unknown {
  return new Proxy({}, { ownKeys: () => { throw new Error("hostile"); }, get: () => { throw new Error("hostile"); } });
}

export function describeProviderConformance<M>(subject: ConformanceSubject<M>): void {
  const { webhooks, fixtures } = subject;
  const valid = fixtures.filter((fixture) => fixture.valid);
  const negatives = fixtures.filter((fixture) => !fixture.valid);
  const sample = valid[0];

  describe(`${subject.provider} conformance`, () => {
    it("ships its fixtures as importable data that equals the files under fixtures/ (pnpm generate rewrites it)", () => {
      const files = loadFixtures(subject.provider, subject.fixturesFolder);
      expect(fixtures.map((fixture) => ({ ...fixture, body: [...fixture.body] }))).toEqual(files.map((fixture) => ({ ...fixture, body: [...fixture.body] })));
    });

    // A negative that names the documented rule it breaks (manifest `breaks`) is structurally sound: strict
    // validation, verifyAndParse's default, refuses it at validate. Every other negative names its stage.
    const expectedStage = (fixture: Fixture): string | undefined => subject.negativeStages[fixture.name] ?? (fixture.breaks === undefined ? undefined : "validate");

    it("cites provider documents by their title and public address in its README, fixtures and sources, never by our file names", () => {
      expect(internalCitations(new URL("../", subject.fixturesFolder))).toEqual([]);
    });

    it("has at least one valid and one negative fixture, and names a stage for every negative", () => {
      expect(sample).toBeDefined();
      expect(negatives.length).toBeGreaterThan(0);
      expect(negatives.filter((fixture) => expectedStage(fixture) === undefined).map((fixture) => fixture.name)).toEqual([]);
      expect(Object.keys(subject.negativeStages).filter((name) => !negatives.some((fixture) => fixture.name === name))).toEqual([]);
    });

    for (const fixture of valid) {
      it(`verifies and parses the simulated ${fixture.name} as ${fixture.kind}`, async () => {
        const result = await webhooks.verifyAndParse(webhooks.simulate(fixture.name));
        expect(result.ok ? { kind: result.kind } : { issues: result.issues, stage: result.stage }).toEqual({ kind: fixture.kind });
      });
    }

    const jsonSample = valid.find((fixture) => isJsonMediaType(fixture.contentType));
    if (jsonSample) {
      it("accepts a JSON callback under any JSON media type (parameters, +json) and refuses text/plain at decode (415)", async () => {
        for (const contentType of ["Application/JSON; charset=utf-8", "application/vnd.provider.event+json"]) {
          const result = await webhooks.verifyAndParse(webhooks.simulate(jsonSample.name, { contentType }));
          expect(result.ok ? result.kind : result.issues).toBe(jsonSample.kind);
        }
        const refused = await webhooks.verifyAndParse(webhooks.simulate(jsonSample.name, { contentType: "text/plain" }));
        expectWellFormedFailure(refused);
        expect([refused.stage, refused.status]).toEqual(["decode", 415]);
      });
    }

    const ruleBreaking = negatives.filter((fixture) => fixture.breaks !== undefined);
    if (ruleBreaking.length > 0) {
      it("accepts a callback that breaks a documented rule when tolerant, with the rule among its warnings (strict refuses it)", async () => {
        for (const fixture of ruleBreaking) {
          const result = await subject.tolerant.verifyAndParse(subject.tolerant.simulate(fixture.name));
          expect(result.ok ? { kind: result.kind, rules: result.warnings.map((warning) => warning.rule) } : { stage: result.stage, issues: result.issues }, fixture.name).toEqual({
            kind: fixture.kind,
            rules: expect.arrayContaining([fixture.breaks]),
          });
        }
      });
    }

    for (const fixture of negatives) {
      it(`refuses the simulated ${fixture.name} at ${expectedStage(fixture) ?? "?"}`, async () => {
        const result = await webhooks.verifyAndParse(webhooks.simulate(fixture.name));
        expectWellFormedFailure(result);
        expect(result.stage).toBe(expectedStage(fixture));
      });
    }

    if (subject.signsBody) {
      it("refuses every valid fixture with one byte of its body changed at authenticate (401)", async () => {
        for (const fixture of valid) {
          const result = await webhooks.verifyAndParse(tampered(webhooks.simulate(fixture.name)));
          expect(result.ok ? "accepted" : `${result.stage} ${result.status}`, fixture.name).toBe("authenticate 401");
        }
      });
    }

    if (subject.checksAddress) {
      it("refuses a delivery from an address outside the allowlist at authenticate (403), X-Forwarded-For or not", async () => {
        const outside = webhooks.simulate(sample?.name ?? "", { remoteAddress: "203.0.113.7" });
        const spoofed = { ...webhooks.simulate(sample?.name ?? ""), remoteAddress: "203.0.113.7" };
        const forwarded = { ...spoofed, headers: { ...spoofed.headers, "x-forwarded-for": webhooks.simulate(sample?.name ?? "").remoteAddress } };
        for (const delivery of [outside, forwarded]) {
          const result = await webhooks.verifyAndParse(delivery);
          expect(result.ok ? "accepted" : `${result.stage} ${result.status}`).toBe("authenticate 403");
        }
      });
    }

    if (subject.wrongCredentials) {
      const other = subject.wrongCredentials;
      it("refuses a delivery made with other credentials, and one without any, at authenticate (401)", async () => {
        const name = sample?.name ?? "";
        const withoutAuth = webhooks.simulate(name, { headers: { authorization: undefined, signature: undefined, sp_signature: undefined } });
        for (const delivery of [other.simulate(name), withoutAuth]) {
          const result = await webhooks.verifyAndParse(delivery);
          expect(result.ok ? "accepted" : `${result.stage} ${result.status}`).toBe("authenticate 401");
        }
      });
    }

    it("refuses a parsed body (what express.json() hands over) with raw_body_required instead of throwing", async () => {
      const delivery = webhooks.simulate(sample?.name ?? "");
      const parsed: unknown = Object.fromEntries(new URLSearchParams(new TextDecoder().decode(delivery.body)));
      const result = await webhooks.verifyAndParse({ ...delivery, body: parsed });
      expectWellFormedFailure(result);
      expect(result.issues[0]?.code).toBe("raw_body_required");
    });

    it("answers every hostile input with a result, never a throw", async () => {
      const delivery = webhooks.simulate(sample?.name ?? "");
      const text = new TextDecoder().decode(delivery.body);
      const bodies: unknown[] = [null, undefined, 42, true, [], {}, [delivery.body], "", "null", "[]", "{", "\u0000", new Uint8Array(), new ArrayBuffer(0), new Uint8Array([0xff, 0xfe, 0x00]), Buffer.from(text), text, "[".repeat(100_000), `${text}${text}`];
      const headerSets: unknown[] = [
        delivery.headers,
        undefined,
        null,
        "content-type: application/json",
        42,
        [],
        Object.entries(delivery.headers),
        Object.entries(delivery.headers).flat(),
        new Headers(delivery.headers),
        { ...delivery.headers, "content-type": ["application/json", "text/plain"] },
        { ...delivery.headers, authorization: [delivery.headers.authorization ?? "x", "Basic eDp5"] },
        { ...delivery.headers, authorization: 42, signature: { value: 1 }, "content-type": null },
        { ...delivery.headers, "content-type": "" },
        { ...delivery.headers, "content-type": "text/plain" },
        throwingHeaders(),
      ];
      const addresses: unknown[] = [delivery.remoteAddress, undefined, 42, {}, "not an address", "::ffff:" + delivery.remoteAddress, `[${delivery.remoteAddress}]`];
      const requests: unknown[] = [undefined, null, "request", 42, []];
      for (const body of bodies) requests.push({ ...delivery, body });
      for (const headers of headerSets) requests.push({ ...delivery, headers });
      for (const remoteAddress of addresses) requests.push({ ...delivery, remoteAddress });
      for (const request of requests) {
        const result = await webhooks.verifyAndParse(request as WebhookRequest);
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) expectWellFormedFailure(result);
      }
    });

    it("counts a 200 answer as delivered and no 4xx or 5xx, nor a status that is not one", () => {
      expect(webhooks.isDelivered(200)).toBe(true);
      for (const status of [400, 401, 404, 422, 500, 503, Number.NaN, -1]) expect(webhooks.isDelivered(status), String(status)).toBe(false);
    });
  });
}
