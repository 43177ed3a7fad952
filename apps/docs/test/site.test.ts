// The built site in a real browser (Debian's chromium through playwright-core), served from dist/ on
// 127.0.0.1. What the pages must show is read from the packages here, never written into the test.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { ProviderDescriptor } from "@kyc-webhooks/core";
import * as jumio from "@kyc-webhooks/jumio";
import * as netki from "@kyc-webhooks/netki";
import { normalizedEventSchema, providerNames, statusDescriptions, statuses, statusMappings } from "@kyc-webhooks/normalized";
import * as ondato from "@kyc-webhooks/ondato";
import * as shufti from "@kyc-webhooks/shufti";
import { chromium } from "playwright-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toJsonSchema } from "../src/fields.js";
import { serveStatic } from "./static-server.js";
import type { StaticServer } from "./static-server.js";

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const descriptors: Record<string, ProviderDescriptor> = {
  jumio: jumio.descriptor,
  shufti: shufti.descriptor,
  ondato: ondato.descriptor,
  netki: netki.descriptor,
};

let browser: Browser;
let server: StaticServer;
let page: Page;

const chromiumPath = "/usr/bin/chromium";

beforeAll(async () => {
  if (!existsSync(chromiumPath)) throw new Error(`Debian's chromium is not at ${chromiumPath}: apt-get update && apt-get install -y chromium (.ci/run does it)`);
  server = await serveStatic(dist);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page of the site and checks that it was served. */
async function open(path: string): Promise<void> {
  const response = await page.goto(new URL(path, server.url).href);
  expect(response?.status(), path).toBe(200);
}

/** The text of each cell of one column of a table, as the reader sees it. */
async function column(selector: string, index: number): Promise<string[]> {
  return page.locator(`${selector} tbody tr > :nth-child(${index + 1})`).allInnerTexts();
}

describe("the home page", () => {
  it("lists the four providers, each linked to its page", async () => {
    await open("index.html");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(providerNames).toHaveLength(4);
    for (const name of providerNames) {
      const link = page.locator("#providers tbody a", { hasText: descriptors[name]!.title });
      await expect(link.getAttribute("href")).resolves.toBe(`providers/${name}/index.html`);
    }
    expect(await column("#providers", 0)).toEqual(providerNames.map((name) => descriptors[name]!.title));
  });
});

describe("each provider page", () => {
  for (const name of providerNames) {
    it(`shows every callback kind of the ${name} descriptor, with its content type`, async () => {
      const descriptor = descriptors[name]!;
      await open(`providers/${name}/index.html`);
      expect(await page.locator("h1").innerText()).toBe(descriptor.title);
      expect(await column("#callback-kinds", 0)).toEqual(descriptor.webhooks.map((webhook) => webhook.kind));
      expect(await column("#callback-kinds", 2)).toEqual(descriptor.webhooks.map((webhook) => webhook.contentType));
      expect(await column("#callback-kinds", 4)).toEqual(descriptor.webhooks.map((webhook) => String(webhook.response.status)));
    });
  }
});

describe("the field tables", () => {
  for (const name of providerNames) {
    it(`show a documented field of a ${name} callback with its description`, async () => {
      const webhook = descriptors[name]!.webhooks[0]!;
      // The body's own properties, or those of its first branch when it is a union (Jumio's editions).
      const schema = toJsonSchema(webhook.schema);
      const body = schema.properties ? schema : [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].find((branch) => typeof branch === "object" && branch.properties);
      const properties = Object.entries((typeof body === "object" && body.properties) || {});
      const documented = properties.find(([, schema]) => typeof schema === "object" && typeof schema.description === "string");
      expect(documented, `${webhook.kind} has a described top-level field`).toBeDefined();
      const [field, property] = documented!;
      const description = (property as { description: string }).description;

      await open(`providers/${name}/webhooks/${webhook.kind.replace(/[^A-Za-z0-9._-]+/g, "-")}.html`);
      const row = page.locator("#fields-table tbody tr").filter({ has: page.locator("th", { hasText: new RegExp(`^${escapeRegExp(field)}$`) }) });
      await expect(row.count()).resolves.toBe(1);
      const cells = await row.locator("th, td").allInnerTexts();
      expect(cells[0]).toBe(field);
      expect(normalizeSpace(cells[4]!)).toBe(normalizeSpace(description.replace(/`/g, "")));
    });
  }

  it("filter their rows by the text typed into the filter box", async () => {
    // The callback kind with the largest schema, and a top-level field of it that has fields of its own.
    const [name, webhook] = providerNames
      .flatMap((provider) => descriptors[provider]!.webhooks.map((candidate) => [provider, candidate] as const))
      .sort(([, a], [, b]) => JSON.stringify(toJsonSchema(b.schema)).length - JSON.stringify(toJsonSchema(a.schema)).length)[0]!;
    await open(`providers/${name}/webhooks/${webhook.kind.replace(/[^A-Za-z0-9._-]+/g, "-")}.html`);
    const paths = await column("#fields-table", 0);
    const query = paths.find((path) => !path.includes(".") && paths.some((other) => other.startsWith(`${path}.`)))!;
    expect(query, `${webhook.kind} has a nested object`).toBeDefined();

    const rows = page.locator("#fields-table tbody tr");
    const total = await rows.count();
    await page.getByLabel("Filter fields").fill(query);
    const visible = page.locator("#fields-table tbody tr:visible");
    const shown = await visible.count();
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(total);
    for (const text of await visible.allInnerTexts()) expect(text.toLowerCase()).toContain(query.toLowerCase());
    await expect(page.getByRole("status").first().innerText()).resolves.toContain(`${shown} of ${total}`);
    await page.getByLabel("Filter fields").fill("");
    await expect(visible.count()).resolves.toBe(total);
  });
});

describe("each callback page", () => {
  for (const name of providerNames) {
    it(`shows how a ${name} callback becomes a normalized event, linked to the meaning of its status`, async () => {
      const mapped = descriptors[name]!.webhooks.find((webhook) => statusMappings.some((row) => row.provider === name && row.providerKind === webhook.kind));
      expect(mapped, `${name} has a callback kind in statusMappings`).toBeDefined();
      const rows = statusMappings.filter((row) => row.provider === name && row.providerKind === mapped!.kind);
      await open(`providers/${name}/webhooks/${mapped!.kind.replace(/[^A-Za-z0-9._-]+/g, "-")}.html`);
      expect(await page.locator("#normalized-table tbody tr").count()).toBe(rows.length);
      const link = page.locator("#normalized-table tbody a", { hasText: new RegExp(`^${escapeRegExp(rows[0]!.status)}$`) }).first();
      await expect(link.getAttribute("href")).resolves.toMatch(new RegExp(`normalized/index\\.html#statuses-`));
    });
  }
});

describe("the getting-started page", () => {
  it("shows the type-checked example file as it is", async () => {
    await open("getting-started.html");
    const example = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "..", "src", "examples", "receive-shufti.ts"), "utf8");
    expect(await page.locator("pre code.language-ts").innerText()).toBe(example.trimEnd());
  });
});

describe("the normalized event page", () => {
  it("shows every status with its description", async () => {
    await open("normalized/index.html");
    expect(await column("#statuses-table", 0)).toEqual([...statuses]);
    expect((await column("#statuses-table", 1)).map(normalizeSpace)).toEqual(statuses.map((status) => normalizeSpace(statusDescriptions[status])));
  });

  it("lists every field of the NormalizedEvent schema", async () => {
    await open("normalized/index.html");
    const names = await column("#event-fields-table", 0);
    for (const field of Object.keys(toJsonSchema(normalizedEventSchema).properties ?? {})) expect(names).toContain(field);
  });
});

describe("navigation", () => {
  it("reaches every page from the home page, with no broken link, fragment or asset, each page accessible in structure", async () => {
    const htmlFiles = listFiles(dist).filter((file) => file.endsWith(".html"));
    const visited = new Map<string, Set<string>>(); // page path → ids on it
    const fragments: { from: string; target: string; id: string }[] = [];
    const queue = ["index.html"];
    const broken: string[] = [];
    const problems: string[] = [];

    while (queue.length > 0) {
      const path = queue.shift()!;
      if (visited.has(path)) continue;
      const response = await page.goto(new URL(path, server.url).href);
      if (response?.status() !== 200) {
        broken.push(`${path} (${response?.status()})`);
        visited.set(path, new Set());
        continue;
      }
      const found = await page.evaluate(() => ({
        ids: [...document.querySelectorAll("[id]")].map((element) => element.id),
        links: [...document.querySelectorAll("a[href], link[href], script[src]")].map((element) =>
          element instanceof HTMLScriptElement ? element.src : (element as HTMLAnchorElement | HTMLLinkElement).href,
        ),
        lang: document.documentElement.lang,
        h1: document.querySelectorAll("h1").length,
        headings: [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map((heading) => Number(heading.tagName[1])),
        uncaptioned: [...document.querySelectorAll("table")].filter((table) => !table.caption?.textContent?.trim()).length,
        unlabelled: [...document.querySelectorAll("input")].filter((input) => !input.labels?.length).length,
      }));
      visited.set(path, new Set(found.ids));
      if (found.lang !== "en") problems.push(`${path}: lang is "${found.lang}"`);
      if (found.h1 !== 1) problems.push(`${path}: ${found.h1} h1 elements`);
      if (found.uncaptioned > 0) problems.push(`${path}: ${found.uncaptioned} tables without a caption`);
      if (found.unlabelled > 0) problems.push(`${path}: ${found.unlabelled} inputs without a label`);
      found.headings.forEach((level, index) => {
        if (index > 0 && level > found.headings[index - 1]! + 1) problems.push(`${path}: h${found.headings[index - 1]} followed by h${level}`);
      });

      for (const link of found.links) {
        const url = new URL(link);
        if (url.origin !== new URL(server.url).origin) continue;
        const target = decodeURIComponent(url.pathname.slice(1)) || "index.html";
        if (url.hash) fragments.push({ from: path, target, id: decodeURIComponent(url.hash.slice(1)) });
        if (target.endsWith(".html")) {
          if (!visited.has(target)) queue.push(target);
        } else if (!visited.has(target)) {
          const asset = await page.request.get(url.origin + url.pathname);
          if (asset.status() !== 200) broken.push(`${target} (${asset.status()}) linked from ${path}`);
          visited.set(target, new Set());
        }
      }
    }

    expect(broken).toEqual([]);
    expect(problems).toEqual([]);
    const missingFragments = fragments.filter(({ target, id }) => !visited.get(target)?.has(id)).map(({ from, target, id }) => `${from} → ${target}#${id}`);
    expect(missingFragments).toEqual([]);
    // Every page is linked from somewhere: none is left unreachable.
    expect([...visited.keys()].filter((path) => path.endsWith(".html")).sort()).toEqual(htmlFiles.sort());
  });
});

describe("a screenshot", () => {
  it("of a provider page is a non-empty PNG", async () => {
    const folder = mkdtempSync(join(tmpdir(), "kyc-docs-"));
    try {
      await open("providers/shufti/index.html");
      const file = join(folder, "shufti.png");
      await page.screenshot({ path: file, fullPage: false });
      const png = readFileSync(file);
      expect(png.length).toBeGreaterThan(1000);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
