// Getting started: install a package, parse a callback, run the receiver and the CLI. The commands come
// from the manifests and the example from src/examples/, which tsc checks against the packages' types.
import { readFileSync } from "node:fs";
import { href, html, prose, table } from "../html.js";
import { gettingStartedPath, homePath, normalizedPath, providerPath } from "../paths.js";

/** @typedef {import("../model.js").SiteModel} SiteModel */
/** @typedef {import("../site.js").Page} Page */

/** The functions every provider package offers for parsing, in the order a reader meets them. */
const parsingExports = ["safeParseCallback", "parseCallback", "detect", "kindOf"];

/** @param {string} name */
function example(name) {
  return readFileSync(new URL(`../examples/${name}`, import.meta.url), "utf8").trimEnd();
}

/** @param {SiteModel} model @returns {Page} */
export function gettingStartedPage(model) {
  const path = gettingStartedPath;
  const link = (/** @type {string} */ to) => href(path, to);
  const { root, receiver, cli } = model.workspace;
  const pnpm = `npx -y ${root.packageManager ?? "pnpm"}`;
  const cliBin = cli && typeof cli.bin === "object" ? Object.entries(cli.bin)[0] : undefined;

  const packages = table({
    caption: "Packages to install",
    columns: ["Package", "What it holds", "Install"],
    rows: [
      ...model.providers.map((provider) => [
        html`<a href="${link(providerPath(provider.name))}"><code>${provider.pkg.name}</code></a>`,
        prose(provider.pkg.description),
        html`<code>npm install ${provider.pkg.name} zod</code>`,
      ]),
      [
        html`<a href="${link(normalizedPath)}"><code>${model.normalized.pkg.name}</code></a>`,
        prose(model.normalized.pkg.description),
        html`<code>npm install ${model.normalized.pkg.name} zod</code>`,
      ],
    ],
  });

  const parsing = table({
    caption: "Parsing functions of each provider package",
    columns: ["Package", ...parsingExports],
    rows: model.providers.map((provider) => [
      html`<code>${provider.pkg.name}</code>`,
      ...parsingExports.map((name) => (provider.exports.includes(name) ? "yes" : "no")),
    ]),
  });

  return {
    path,
    title: "Getting started",
    description: "Install a kyc-webhooks package, parse a provider callback, run the receiver and the CLI.",
    breadcrumbs: [{ path: homePath, label: "Home" }],
    body: html`<p class="lead">You need Node.js ${root.engines?.node ?? "20.19 or later"} and npm. Each provider package stands alone:
install the one for your provider, and zod, which the schemas are written in.</p>
<h2 id="install">Install a package</h2>
${packages}
<h2 id="parse">Parse a callback</h2>
<p>Every provider package reads the raw body and never throws on bad input in its safe form: the result is either the
typed callback or a list of issues, each naming the field by its path. Check the provider's authentication on the
raw bytes first (see each provider's <em>Authentication</em> section), then parse, then turn the callback into a
<a href="${link(normalizedPath)}">normalized event</a>.</p>
<figure>
<figcaption>A Shufti Pro receiver with <code>node:http</code> (<code>src/examples/receive-shufti.ts</code>)</figcaption>
<pre><code class="language-ts">${example("receive-shufti.ts")}</code></pre>
</figure>
${parsing}
<p>When you do not know which provider sent a body, <code>normalizeRaw(body, { contentType })</code> from
<code>${model.normalized.pkg.name}</code> detects the provider, validates and normalizes in one call.</p>
<h2 id="receiver">Run the receiver</h2>
<p>${receiver ? prose(receiver.description) : "The webhook receiver."} From a clone of the repository, install and start it
(it stores callbacks in an embedded SQLite database by default):</p>
<pre><code>${pnpm} install
${pnpm} start</code></pre>
<h2 id="cli">Use the CLI</h2>
${
  cli && cliBin
    ? html`<p>${prose(cli.description)} The <code>${cliBin[0]}</code> command is built with the workspace; ask it for its commands:</p>
<pre><code>${pnpm} build
node apps/cli/${cliBin[1].replace(/^\.\//, "")} --help</code></pre>`
    : html`<p>The command-line tool lives in <code>apps/cli</code>.</p>`
}
<h2 id="next">Next</h2>
<ul>
${model.providers.map((provider) => html`<li><a href="${link(providerPath(provider.name))}">${provider.descriptor.title}</a>: every callback kind and its fields</li>`)}
<li><a href="${link(normalizedPath)}">Normalized events</a>: event types, statuses and the mapping tables</li>
</ul>`,
  };
}
