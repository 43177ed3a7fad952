import { describe, expect, it } from "vitest";
import { dataExports, humanize } from "../src/generate/data-tables.js";
import { html, prose } from "../src/generate/html.js";

describe("html", () => {
  it("escapes every value unless it is already HTML", () => {
    const name = `<script>alert("x")</script>`;
    expect(html`<p>${name}</p>`.value).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>");
    expect(html`<ul>${["a&b", html`<li>c</li>`]}</ul>`.value).toBe("<ul>a&amp;b<li>c</li></ul>");
    expect(html`${undefined}${null}${false}${0}`.value).toBe("0");
  });

  it("keeps a description's `code` spans as code", () => {
    expect(prose("Answer `200` & <nothing> else").value).toBe("Answer <code>200</code> &amp; &lt;nothing&gt; else");
  });

  it("links the addresses in a description, without their trailing punctuation", () => {
    expect(prose("See https://example.test/a?b=1&c=2. Or (https://example.test/x).").value).toBe(
      'See <a href="https://example.test/a?b=1&amp;c=2">https://example.test/a?b=1&amp;c=2</a>. Or (<a href="https://example.test/x">https://example.test/x</a>).',
    );
    expect(prose("`https://example.test` stays code").value).toBe("<code>https://example.test</code> stays code");
  });
});

describe("dataExports", () => {
  it("finds code tables, value lists, records and constants by their shape, and skips code", () => {
    const found = dataExports(
      {
        rejectReasons: [{ code: "100", description: "MANIPULATED_DOCUMENT" }, { code: "200", description: "NOT_READABLE_DOCUMENT", status: "x" }],
        webhookIps: ["20.31.10.47"],
        origins: { production: "https://example.test" },
        retryLimit: 8,
        timestampPattern: /^\d+$/,
        parse: () => undefined,
        descriptor: { provider: "p" },
      },
      ["descriptor"],
    );
    expect(found.map((entry) => [entry.name, entry.kind])).toEqual([
      ["rejectReasons", "table"],
      ["origins", "record"],
      ["webhookIps", "list"],
      ["retryLimit", "constant"],
      ["timestampPattern", "constant"],
    ]);
    expect(found[0]).toMatchObject({ columns: ["code", "description", "status"] });
  });

  it("names an export in words", () => {
    expect(humanize("transactionStates")).toBe("Transaction states");
    expect(humanize("ondatoWebhookIps")).toBe("Ondato webhook IPs");
    expect(humanize("FORM_MEDIA_TYPE")).toBe("Form media type");
  });
});
