// The guides: receiving each provider's callbacks with the library, running the receiver, the CLI
// reference, and using the specs from other languages. Their prose is the packages' own (README sections);
// their tables come from the code (the receiver's settings, its OpenAPI document, the CLI's help).
import { readFileSync } from "node:fs";
import { html, prose, table } from "../html.js";
import { block, code, heading, url } from "../markdown.js";
import { cliSlug, downloadsSlug, otherLanguagesSlug, providerSlug, receiverApiBase, receiverSlug, receivingSlug, specFile } from "../paths.js";
import { readmeParts } from "../readme.js";

/** @typedef {import("../model.js").SiteModel} SiteModel */
/** @typedef {import("../markdown.js").Page} Page */

/** README sections that show how to receive callbacks with the library. */
const receivingTitles = /example|recipe|framework|receiv|verify|authenticat|express|fastify|hono|next/i;

/** @param {string} file */
function workspaceFile(file) {
  return readFileSync(new URL(`../../../../../${file}`, import.meta.url), "utf8");
}

/** @param {SiteModel} model @returns {Page} */
export function receivingGuide(model) {
  const example = readFileSync(new URL("../../examples/receive-shufti.ts", import.meta.url), "utf8");
  return {
    slug: receivingSlug,
    title: "Receiving callbacks with the library",
    description: "Verify and parse each provider's callbacks with the kyc-webhooks packages, and turn them into normalized events.",
    body: [
      block(html`<p>Each provider package reads the raw body, exactly as received: check the provider's authentication on those bytes first,
answer what the provider expects, then parse (the safe form never throws: the result is the typed callback or issues with field paths),
then turn the callback into a <a href="${url("normalized")}">normalized event</a>. The recipes below are the packages' own (their READMEs).</p>`),
      heading(2, "A whole receiver in node:http"),
      block(html`<p>A Shufti Pro receiver with <code>node:http</code>: the file <code>apps/docs/src/examples/receive-shufti.ts</code>, type-checked against the packages.</p>`),
      code("ts", example, "receive-shufti.ts"),
      ...model.providers.flatMap((provider) => [
        heading(2, provider.shortTitle),
        block(html`<p><code>npm install ${provider.pkg.name} zod</code>. Every callback kind, with fields and examples: <a href="${url(providerSlug(provider.name))}">${provider.descriptor.title}</a>.</p>`),
        ...readmeParts(provider.readme, (title) => receivingTitles.test(title), 1),
      ]),
      heading(2, "When you do not know the provider"),
      block(html`<p><code>normalizeRaw(body, { contentType })</code> from <code>${model.normalized.pkg.name}</code> detects the provider, validates and normalizes in one call.</p>`),
    ],
  };
}

/** @param {SiteModel} model @returns {Page} */
export function receiverGuide(model) {
  const readme = workspaceFile("apps/receiver/README.md");
  const groups = [...new Set(model.settings.map((setting) => setting.group))];
  const paths = /** @type {Record<string, Record<string, { summary?: string, operationId?: string }>>} */ (model.spec.receiver["paths"] ?? {});
  const methods = ["get", "put", "post", "delete", "patch"];
  const routes = Object.entries(paths).flatMap(([path, item]) =>
    methods.filter((method) => item[method]).map((method) => [method.toUpperCase(), html`<code>${path}</code>`, prose(item[method]?.summary ?? "")]),
  );
  return {
    slug: receiverSlug,
    title: "Running the receiver",
    description: "Run and configure the kyc-webhooks receiver: its settings, URLs and the events API.",
    body: [
      block(html`<p>${prose(model.workspace.receiver?.description)}</p>`),
      ...readmeParts(readme, (title) => !/^(configuration|source documents|the http layer, measured)$/i.test(title), 0),
      heading(2, "Settings"),
      block(html`<p>Every setting, from the receiver's own declaration (<code>settings</code>): an environment variable, or its key in the JSON file given by
<code>KYC_CONFIG_FILE</code>. <code>node apps/receiver/dist/main.js --help</code> prints the same list.</p>`),
      ...groups.flatMap((group) => {
        const rows = model.settings.filter((setting) => setting.group === group);
        return [
          heading(3, `${group.charAt(0).toUpperCase()}${group.slice(1)} settings`),
          block(
            table({
              caption: `${group} settings (${rows.length})`,
              columns: ["Variable", "File key", "Default", "Description"],
              rows: rows.map((setting) => [
                html`<code>${setting.env}</code>`,
                html`<code>${setting.key}</code>`,
                setting.default !== undefined ? html`<code>${setting.default}</code>` : setting.secret ? "secret" : "",
                html`${prose(setting.description)}${setting.values ? html` Values: ${setting.values.map((value, index) => html`${index > 0 ? ", " : ""}<code>${value}</code>`)}.` : ""}${
                  setting.min !== undefined || setting.max !== undefined ? html` Range ${setting.min ?? "…"} to ${setting.max ?? "…"}.` : ""
                }`,
              ]),
              columnClasses: [undefined, undefined, undefined, "text"],
            }),
          ),
        ];
      }),
      heading(2, "URLs"),
      block(html`<p>Every route of the receiver's HTTP API, from its OpenAPI document; each with its parameters, bodies and answers in the
<a href="${url(receiverApiBase)}">receiver API reference</a>.</p>`),
      block(table({ caption: `Routes of the receiver (${routes.length})`, columns: ["Method", "Path", "Summary"], rows: routes, columnClasses: [undefined, undefined, "text"] })),
    ],
  };
}

/** @param {SiteModel} model @returns {Page} */
export function cliGuide(model) {
  const readme = workspaceFile("apps/cli/README.md");
  const { cli } = model;
  return {
    slug: cliSlug,
    title: "CLI reference",
    description: `The ${cli.bin} command: every command and option, as its help prints them.`,
    body: [
      block(html`<p>${prose(model.workspace.cli?.description)} This page is the command's own help (<code>${cli.bin} --help</code> and
<code>${cli.bin} help &lt;command&gt;</code>), captured when the site was built.</p>`),
      ...readmeParts(readme, (title) => /install|example/i.test(title), 0),
      heading(2, `${cli.bin} --help`),
      code("txt", cli.main),
      ...cli.commands.flatMap((command) => [heading(2, `${cli.bin} ${command.name}`), block(html`<p>${prose(command.summary)}.</p>`), code("txt", command.help)]),
    ],
  };
}

/** @param {SiteModel} model @returns {Page} */
export function otherLanguagesGuide(model) {
  const readme = workspaceFile("packages/spec/README.md");
  const [openapiJson = "openapi.json", openapiYaml = "openapi.yaml"] = model.spec.index.openapi;
  return {
    slug: otherLanguagesSlug,
    title: "Using the specs from other languages",
    description: "Validate and type KYC callbacks in Python, Go, Java or any language from the generated OpenAPI 3.1 and JSON Schema files.",
    body: [
      block(html`<p>The packages' zod schemas are also published as OpenAPI 3.1 (<a href="${specFile(openapiJson)}" download>${openapiJson}</a>,
<a href="${specFile(openapiYaml)}" download>${openapiYaml}</a>) and one JSON Schema (draft 2020-12) per callback kind, all listed on
<a href="${url(downloadsSlug)}">Downloads</a>. Any JSON Schema validator checks a callback body against them, and any OpenAPI code generator
(openapi-generator, oapi-codegen, datamodel-code-generator, quicktype) turns them into types for your language.</p>
<p>Validate the body as received: a Jumio legacy callback is a form whose JSON fields hold JSON text, so decode the form and parse those
fields first (the callback pages show each decoded form); check the provider's authentication on the raw bytes before any of it.</p>`),
      ...readmeParts(readme, (title) => /what is in|using|other language/i.test(title), 0),
    ],
  };
}
