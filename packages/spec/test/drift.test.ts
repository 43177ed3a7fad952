import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { projectSources } from "../src/bin/project-sources.js";
import { describeDrift, findDrift, generateSpecs, generatedFolder, writeGenerated } from "../src/index.js";
import type { SpecSources } from "../src/index.js";
import { sampleDescriptor } from "./sample-descriptor.js";

const committed = fileURLToPath(generatedFolder);

/** The check CI runs: regenerate in memory, compare with the committed files, fail with what to do. */
function expectUpToDate(sources: SpecSources, folder: string): void {
  const drift = findDrift(generateSpecs(sources), folder);
  if (drift.length > 0) throw new Error(describeDrift(drift));
}

const work = mkdtempSync(join(tmpdir(), "kyc-webhooks-spec-drift-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("generated/", () => {
  it("is what the zod schemas of the provider packages, the normalized event and the receiver's API generate now (else run `pnpm generate`)", () => {
    expect(() => expectUpToDate(projectSources, committed)).not.toThrow();
  });

  it("cites provider documents by title and public address, never by this repository's file names", () => {
    const internalNames = /seeds\/|\b[Ss]eeds? \d{3}\b|PROVIDER-FACTS|\d{3}_[0-9a-f]{16}\.txt|\bseed documents?\b/;
    const cited = generateSpecs(projectSources).filter((file) => internalNames.test(file.content)).map((file) => file.path);
    expect(cited).toEqual([]);
  });

  it("is reported stale, with the files and the command to run, when a zod schema changes without regenerating", () => {
    const event = projectSources.normalizedEvent as z.ZodObject;
    const changed: SpecSources = { ...projectSources, normalizedEvent: event.extend({ tenant: z.string().describe("A field added without regenerating.") }) };
    expect(() => expectUpToDate(changed, committed)).toThrow(
      [
        "generated/ is out of date with the zod schemas (4 files): run `pnpm generate` and commit the result.",
        "  changed: json-schema/normalized/event.json",
        "  changed: json-schema/normalized/types.json",
        "  changed: openapi.json",
        "  changed: openapi.yaml",
      ].join("\n"),
    );
  });

  it("is reported stale when a provider's callback schema changes (a description is enough)", () => {
    const [first, ...rest] = projectSources.providers;
    const webhook = first!.webhooks[0]!;
    const changed: SpecSources = {
      ...projectSources,
      providers: [{ ...first!, webhooks: [{ ...webhook, schema: webhook.schema.describe("Changed.") }, ...first!.webhooks.slice(1)] }, ...rest],
    };
    const drift = findDrift(generateSpecs(changed), committed);
    expect(drift.map((entry) => entry.path)).toEqual([`json-schema/${first!.provider}/types.json`, "openapi.json", "openapi.yaml"]);
  });

  it("is reported stale when a schema of the receiver's API changes", () => {
    const receiver = projectSources.httpApis!["receiver"]!;
    const ack = receiver.schemas["CallbackAck"] as z.ZodObject;
    // Optional: a required field would make the document's examples of CallbackAck invalid, which the builder refuses.
    const changedAck = ack.extend({ tenant: z.string().optional().describe("A field added without regenerating.") });
    const routes = receiver.routes.map((route) => ({
      ...route,
      responses: route.responses.map((response) => (response.content?.schema === ack ? { ...response, content: { ...response.content, schema: changedAck } } : response)),
    }));
    const changed: SpecSources = { ...projectSources, httpApis: { receiver: { ...receiver, routes, schemas: { ...receiver.schemas, CallbackAck: changedAck } } } };
    const drift = findDrift(generateSpecs(changed), committed);
    expect(drift).toEqual([
      { path: "receiver-openapi.json", state: "changed" },
      { path: "receiver-openapi.yaml", state: "changed" },
    ]);
  });
});

describe("writing and checking a generated folder", () => {
  const { descriptor, schemas } = sampleDescriptor();
  const folder = join(work, "generated");

  it("writes every file, after which nothing drifts", () => {
    writeGenerated(generateSpecs({ providers: [descriptor] }), folder);
    expect(existsSync(join(folder, "json-schema/acme/SCAN.json"))).toBe(true);
    expect(findDrift(generateSpecs({ providers: [descriptor] }), folder)).toEqual([]);
  });

  it("reports a new callback kind as missing, a removed one as extra, a changed schema as changed", () => {
    const added = { ...descriptor.webhooks[0]!, kind: "verification.added", schema: schemas.accepted.extend({ note: z.string() }) };
    const next = { ...descriptor, webhooks: [descriptor.webhooks[0]!, added], objects: { ...descriptor.objects, Person: schemas.person.extend({ email: z.email() }) } };
    expect(findDrift(generateSpecs({ providers: [next] }), folder)).toEqual([
      { path: "index.json", state: "changed" },
      { path: "json-schema/acme/SCAN.form.json", state: "extra" },
      { path: "json-schema/acme/SCAN.json", state: "extra" },
      { path: "json-schema/acme/objects/Person.json", state: "changed" },
      { path: "json-schema/acme/types.json", state: "changed" },
      { path: "json-schema/acme/verification.accepted.json", state: "changed" },
      { path: "json-schema/acme/verification.added.json", state: "missing" },
      { path: "openapi.json", state: "changed" },
      { path: "openapi.yaml", state: "changed" },
    ]);
  });

  it("removes files that are no longer generated when writing", () => {
    const copy = join(work, "copy");
    cpSync(folder, copy, { recursive: true });
    const next = { ...descriptor, webhooks: [descriptor.webhooks[0]!] };
    writeGenerated(generateSpecs({ providers: [next] }), copy);
    expect(existsSync(join(copy, "json-schema/acme/SCAN.json"))).toBe(false);
    expect(findDrift(generateSpecs({ providers: [next] }), copy)).toEqual([]);
  });
});
