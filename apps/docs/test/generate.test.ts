import { describe, expect, it } from "vitest";
import { cite, internalNames } from "../src/generate/citations.js";
import { definingTable } from "../src/generate/field-table.js";
import { anchor } from "../src/generate/html.js";
import { block, code } from "../src/generate/markdown.js";
import { readmeParts } from "../src/generate/readme.js";

describe("cite", () => {
  it("names a provider document by its title and public address instead of this repository's file", () => {
    const text = cite("Jumio's list (seeds/003_90622f7d1155c727.txt, Callback for Netverify).");
    expect(text).toBe("Jumio's list (Jumio, “Callback” (newer edition) (https://github.com/Jumio/implementation-guides/blob/master/netverify/callback.md), Callback for Netverify).");
  });

  it("turns the research notes' section numbers into what they summarise", () => {
    expect(cite("Seen in captured payloads (PROVIDER-FACTS 1.4).")).toBe("Seen in captured payloads (captured Ondato payloads and integrators' public code).");
    expect(cite("`PROVIDER-FACTS.md` 2.3 and the seed 002 sample")).toBe(
      "Ondato's Webhooks page (https://ondato.atlassian.net/wiki/spaces/PUB/pages/2296184995/Webhooks) and the Ondato, “IDV integration” sample",
    );
  });

  it("leaves no internal name in any of the texts it rewrites", () => {
    const texts = ["seeds/000_c1f17dfc90f39fc7.txt", "seed 004 (older edition)", "PROVIDER-FACTS", "PROVIDER-FACTS 1.1, 1.2, 2.1", "002_f3c98042d3b6fbde.txt"];
    for (const text of texts) expect(cite(text)).not.toMatch(internalNames);
  });
});

describe("definingTable", () => {
  const table = (name: string, codes: string[]) => ({ name, meanings: new Map(codes.map((value) => [value, `${value} meaning`])), href: (value: string) => `/${name}#${value}` });

  it("links a field's values to the smallest code table holding all of them", () => {
    const statuses = table("statuses", ["APPROVED", "DENIED"]);
    const everything = table("everything", ["APPROVED", "DENIED", "100", "200"]);
    expect(definingTable(["APPROVED", "DENIED"], [everything, statuses])?.name).toBe("statuses");
  });

  it("links nothing when no table holds every value", () => {
    expect(definingTable(["APPROVED", "UNKNOWN"], [table("statuses", ["APPROVED"])])).toBeUndefined();
  });
});

describe("markdown", () => {
  it("fences code with more backticks than the code holds, so a README's fence inside stays code", () => {
    expect(code("md", "```ts\nx\n```", "a.md")).toBe('````md title="a.md"\n```ts\nx\n```\n````');
  });

  it("writes HTML as one block, without the blank lines that would end it", () => {
    expect(block("<table>\n\n  <tr><td>a</td></tr>\n\n</table>")).toBe("<table>\n  <tr><td>a</td></tr>\n</table>");
  });
});

describe("readmeParts", () => {
  it("takes a README's matching sections with their subsections, one level down, and links into the repository as text", () => {
    const readme = "# pkg\n\n## Install\n\nnpm i\n\n## Example\n\n```ts\n## not a heading\n```\n\n### Express\n\nSee [core](../core) and [docs](https://example.test).\n\n## API\n\nx\n";
    expect(readmeParts(readme, (title) => title === "Example", 1)).toEqual([
      "### Example\n\n```ts\n## not a heading\n```\n\n#### Express\n\nSee core and [docs](https://example.test).",
    ]);
  });
});

describe("a provider's page", () => {
  it("lists every documented rule its package checks, with the rule's source", async () => {
    const { loadModel } = await import("../src/generate/model.js");
    const { providerPage } = await import("../src/generate/pages/provider.js");
    const { callbackRules } = await import("@kyc-webhooks/jumio");
    const jumio = (await loadModel()).providers.find((provider) => provider.name === "jumio")!;
    const ids = [...new Set(Object.values(callbackRules).flatMap((rules) => rules.map((rule) => rule.id)))].sort();
    expect(jumio.rules.map((rule) => rule.id)).toEqual(ids);
    const page = providerPage(jumio).body.join("\n");
    for (const rule of jumio.rules) expect(page).toContain(`id="rule-${anchor(rule.id)}"`);
  });
});
