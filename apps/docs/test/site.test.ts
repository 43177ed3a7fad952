// The built site in Debian's Chromium (playwright-core, /usr/bin/chromium), served on 127.0.0.1: every page
// loads with no console error and no failed request and no sideways scrolling at 390 px; search, the
// examples, the API reference and the downloads work; screenshots go to test/screenshots/.
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { descriptor as jumio } from "@kyc-webhooks/jumio";
import { descriptor as netki } from "@kyc-webhooks/netki";
import { descriptor as ondato } from "@kyc-webhooks/ondato";
import { descriptor as shufti } from "@kyc-webhooks/shufti";
import { internalNames } from "../src/generate/citations.js";
import { serveStatic } from "../src/serve.js";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
/** Where the screenshots are written (kept out of git). */
export const screenshotFolder = fileURLToPath(new URL("screenshots", import.meta.url));

/** Every page of the site, by its URL path (`/providers/jumio/netverifyid/`). */
function sitePages(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === "_astro" || name === "pagefind" ? [] : sitePages(path);
    return name === "index.html" ? [`/${relative(dist, folder)}/`.replace(/^\/\/$/, "/").replace(/\/+/g, "/")] : [];
  });
}

let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let phone: BrowserContext;
let desktop: BrowserContext;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and records its console errors and failed requests (anything not answered 2xx/3xx). */
async function open(context: BrowserContext, path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ""}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
  return { page, problems };
}

describe("every page", () => {
  it("loads on a 390 px phone with no console error, no failed request, no sideways scrolling and none of the repository's file names", async () => {
    const paths = sitePages(dist);
    expect(paths.length).toBeGreaterThan(100);
    const failures: string[] = [];
    // Two tabs at a time (the machine has two cores), each going from page to page.
    const queue = [...paths];
    await Promise.all(
      [0, 1].map(async () => {
        const page = await phone.newPage();
        let problems: string[] = [];
        page.on("console", (message) => {
          if (message.type() === "error") problems.push(`console: ${message.text()}`);
        });
        page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
        page.on("requestfailed", (request) => {
          // Going to the next page aborts what the last one still loads when idle (the search UI): not a failure.
          const error = request.failure()?.errorText ?? "";
          if (error !== "net::ERR_ABORTED") problems.push(`failed: ${request.url()} ${error}`);
        });
        page.on("response", (response) => {
          if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
        });
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          problems = [];
          await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
          const { scrollWidth, clientWidth, text } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
            text: document.body.textContent ?? "",
          }));
          if (scrollWidth > clientWidth) problems.push(`scrolls sideways: ${scrollWidth} px wide in ${clientWidth} px`);
          const internal = internalNames.exec(text);
          if (internal) problems.push(`shows an internal file name: ${internal[0]}`);
          failures.push(...problems.map((problem) => `${path} ${problem}`));
        }
        await page.close();
      }),
    );
    expect(failures).toEqual([]);
  }, 600_000);
});

describe("search", () => {
  it.each(["jumioIdScanReference", "declined_codes"])("finds the field %s, offline", async (field) => {
    const { page, problems } = await open(desktop, "/");
    await page.getByRole("button", { name: "Search" }).first().click();
    await page.locator("#starlight__search input").fill(field);
    const results = page.locator(".pagefind-ui__result-link");
    await expect.poll(async () => results.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const excerpts = await page.locator(".pagefind-ui__result").allInnerTexts();
    expect(excerpts.join("\n")).toContain(field);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("the NETVERIFYID page", () => {
  it("shows an example form body as sent, its decoded view and its normalized event, each with a copy button", async () => {
    const { page } = await open(desktop, "/providers/jumio/netverifyid/");
    const block = (title: string) => page.locator(".expressive-code").filter({ has: page.locator(".title", { hasText: title }) }).first();
    await expect.poll(() => block("Body as sent").innerText()).toMatch(/callBackType=NETVERIFYID&|&callBackType=NETVERIFYID/);
    expect(await block("Decoded form").innerText()).toContain('"jumioIdScanReference"');
    const event = await block("Normalized event").innerText();
    expect(event).toContain('"provider": "jumio"');
    expect(event).toContain('"type": "verification.');
    expect(await block("Body as sent").locator("button[data-code]").count()).toBe(1);
    await page.locator("#examples").scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector("#examples")?.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: join(screenshotFolder, "callback-netverifyid.png") });
    await page.close();
  });
});

describe("the API reference", () => {
  it("renders the providers' webhooks, each with its request body", async () => {
    const { page, problems } = await open(desktop, "/api/providers/");
    const webhookLinks = page.locator('nav a[href*="/api/providers/webhooks/"]');
    expect(await webhookLinks.count()).toBeGreaterThan(20);
    const { page: webhook } = await open(desktop, "/api/providers/webhooks/jumionetverifyidcallback/");
    const text = await webhook.locator("main").innerText();
    expect(text).toContain("NETVERIFYID");
    expect(text).toContain("jumioIdScanReference");
    await webhook.screenshot({ path: join(screenshotFolder, "api-reference-webhook.png") });
    expect(problems).toEqual([]);
    await webhook.close();
    await page.close();
  });

  it("offers openapi.json for download as valid JSON with the webhooks in it", async () => {
    const { page } = await open(desktop, "/reference/downloads/");
    const href = await page.locator('a[href$="/openapi.json"]').first().getAttribute("href");
    const response = await page.request.get(new URL(href ?? "", server.url).href);
    expect(response.status()).toBe(200);
    const document = JSON.parse(await response.text()) as { openapi: string; webhooks: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\.1/);
    expect(Object.keys(document.webhooks).length).toBeGreaterThan(20);
    await page.close();
  });
});

beforeAll(() => {
  mkdirSync(screenshotFolder, { recursive: true });
});

describe("the home page", () => {
  it("links every provider, with a sidebar, and switches to dark mode", async () => {
    const { page } = await open(desktop, "/");
    for (const { title } of [jumio, shufti, ondato, netki]) {
      expect(await page.locator("main").getByRole("link", { name: title, exact: true }).count()).toBe(1);
    }
    await page.screenshot({ path: join(screenshotFolder, "home.png") });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.evaluate(() => localStorage.setItem("starlight-theme", "dark"));
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset["theme"])).toBe("dark");
    await page.close();
  });
});
