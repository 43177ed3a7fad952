import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { detectProvider } from "@kyc-webhooks/normalized/lazy";
import type { ProviderName } from "@kyc-webhooks/normalized";
import type { SignatureAlgorithm } from "@kyc-webhooks/shufti";
import { booleanValue, closest, listValue, numberValue, stringValue } from "../command.js";
import type { Command, ParsedArgs } from "../command.js";
import type { Env, Terminal } from "../terminal.js";
import { UsageError, exitCodes } from "../errors.js";
import { deliver, parseHeaderOption, parseTargetUrl, secretHeaders, statusHint } from "../transport.js";
import type { DeliveryRequest, DeliveryResult } from "../transport.js";
import { fetchOndatoToken, isDelivered, providerDelivery } from "../provider-delivery.js";
import type { DeliveryCredentials, DeliveryInput } from "../provider-delivery.js";
import { findFixture, listFixtures } from "../fixtures.js";
import { describeFsError, readStream } from "../inputs.js";
import type { Profile } from "../profile.js";
import { parseProviderName } from "../providers.js";

/** The options `send` and `replay` share: where to, how to authenticate, how long to wait. */
export const deliveryOptions = {
  to: { type: "string", value: "url", description: "The receiver's webhook URL (default: the profile's url + /webhooks/<provider>)." },
  secret: { type: "string", value: "key", description: "Shufti: the secret key to sign the body with (default: $KYC_SHUFTI_SECRET_KEY)." },
  signature: { type: "string", value: "rule", description: "Shufti: v2 (Signature header, default), v1 (sp_signature, the 2019 rule) or both." },
  username: { type: "string", short: "u", value: "name", description: "HTTP Basic user name (Netki, Ondato; Jumio optional) (default: $KYC_<PROVIDER>_USERNAME)." },
  password: { type: "string", value: "password", description: "HTTP Basic password (default: $KYC_<PROVIDER>_PASSWORD)." },
  token: { type: "string", value: "token", description: "Ondato OAuth2: send this bearer token as it is." },
  "client-id": { type: "string", value: "id", description: "Ondato OAuth2: get a token with the client credentials grant first, as Ondato does." },
  "client-secret": { type: "string", value: "secret", description: "Ondato OAuth2: the client secret for --client-id." },
  "token-url": { type: "string", value: "url", description: "Ondato OAuth2: the token endpoint (default: the --to URL + /token)." },
  header: { type: "string", short: "H", multiple: true, value: "'Name: value'", description: "An extra request header; repeat for more (e.g. X-Forwarded-For for Jumio)." },
  "content-type": { type: "string", value: "type", description: "Override the Content-Type (default: the fixture's, or the provider's)." },
  "expect-status": { type: "string", value: "code", description: "The status that counts as delivered (default: Netki 200 exactly, others any 2xx)." },
  timeout: { type: "string", value: "seconds", description: "How long to wait for the answer (default 30, as Ondato waits)." },
  json: { type: "boolean", description: "Print the outcome as JSON: { delivered, status, statusText, elapsedMs, request, response }." },
} as const;

export const sendCommand: Command = {
  name: "send",
  usage: [
    "send <provider> <fixture-name|file|->... [--to <url>] [--secret <key> | --username <u> --password <p> | --client-id <id> --client-secret <s> | --token <t>]",
  ],
  description: [
    "POSTs callback bodies byte for byte, with the provider's content type and authentication: Shufti's signature",
    "over the raw body (--secret; --signature v2|v1|both); HTTP Basic (--username/--password) for Netki and Ondato;",
    "for Ondato's OAuth2 flow, a bearer token fetched from your token endpoint (--client-id/--client-secret",
    "[--token-url]) or given as it is (--token). Jumio authenticates by source IP only: to test a receiver's",
    "Jumio allowlist locally, run it with 127.0.0.1 as a trusted proxy and send",
    '--header "X-Forwarded-For: <a Jumio callback IP>" (see the README). Prints the answer\'s status and the time taken,',
    "and says so when a kyc-webhooks receiver stored the body in quarantine (it failed validation) or as a redelivery.",
    "",
    "Each body is a fixture name (see `kyc-webhooks fixtures <provider>`), the path of a file, or - for stdin; several",
    "are sent one after the other. Without --to, the profile's receiver URL + /webhooks/<provider> is the target, and",
    "the profile's credentials for the provider are used (see `kyc-webhooks help profiles`).",
    "",
    "Exit status: 0 when every body was delivered (Netki: exactly the expected status; others: 2xx), 1 when any was",
    "refused or unreachable, 2 on a usage error.",
  ].join("\n"),
  options: deliveryOptions,
  environment: {
    KYC_SHUFTI_SECRET_KEY: "Shufti secret key, when --secret is not given.",
    "KYC_<PROVIDER>_USERNAME, KYC_<PROVIDER>_PASSWORD": "HTTP Basic credentials, when --username/--password are not given.",
  },
  examples: [
    "send shufti verification.accepted --to http://127.0.0.1:8080/webhooks/shufti --secret dev-secret",
    "send shufti verification.accepted verification.declined      (with a profile)",
    "send netki transaction.completed --to http://127.0.0.1:8080/webhooks/netki -u netki --password secret",
    "send ondato ./captured.json --to https://kyc.example.com/webhooks/ondato --token $TOKEN",
    "kyc-webhooks events show 42 --raw | kyc-webhooks send shufti -",
  ],
  async run(args, context) {
    const { terminal, env } = context;
    const [providerArg, ...sources] = args.positionals;
    if (providerArg === undefined || sources.length === 0) {
      throw new UsageError("send needs a provider and at least one fixture name, file or -.", "Example: kyc-webhooks send shufti verification.accepted --to http://127.0.0.1:8080/webhooks/shufti --secret <key>");
    }
    if (sources.filter((source) => source === "-").length > 1) throw new UsageError("stdin (-) can be given only once.");
    const provider = parseProviderName(providerArg, "the provider argument");
    const { profile, name: profileName } = await context.profile();
    const url = targetUrl(args, provider, profile.url, profileName);

    const bodies: SendBody[] = [];
    for (const source of sources) bodies.push(await readSendBody(provider, source, context.stdin));
    const credentials = await deliveryCredentials(args, provider, env, url, profile);
    const profileHeaders = Object.entries(profile[provider]?.headers ?? {});
    let code: number = exitCodes.ok;
    const outcomes: unknown[] = [];
    for (const [index, item] of bodies.entries()) {
      if (index > 0 && !booleanValue(args, "json")) terminal.print();
      const request = providerDelivery(provider, url, item.input, {
        contentType: stringValue(args, "content-type"),
        extraHeaders: [...profileHeaders, ...listValue(args, "header").map(parseHeaderOption)],
        credentials,
      });
      const kind = item.kind ?? detectProvider(request.body, { contentType: request.headers["content-type"] })?.kind;
      if (index === 0) warnMissingCredentials(provider, request, terminal);
      const outcome = await runDelivery(provider, request, args, terminal, { ...item.origin, ...(kind === undefined ? {} : { kind }) }, "send", bodies.length > 1);
      outcomes.push(outcome.json);
      if (outcome.code !== exitCodes.ok) code = outcome.code;
    }
    if (bodies.length > 1 && booleanValue(args, "json")) terminal.print(JSON.stringify(outcomes, null, 2));
    return code;
  },
};

interface SendBody {
  /** A fixture (simulated with its own content type and headers) or the bytes of a file or stdin. */
  readonly input: DeliveryInput;
  readonly origin: { fixture: string } | { file: string };
  readonly kind?: string | undefined;
}

/** --to, else the profile's receiver + /webhooks/<provider>, as the receiver serves each provider. */
function targetUrl(args: ParsedArgs, provider: ProviderName, profileUrl: string | undefined, profileName: string | undefined): URL {
  const to = stringValue(args, "to");
  if (to !== undefined) return parseTargetUrl(to, "--to");
  if (profileUrl === undefined) {
    throw new UsageError(
      profileName === undefined ? "send needs --to <url>, or a profile with the receiver's url." : `send needs --to <url>: profile "${profileName}" has no url.`,
      "Example: --to http://127.0.0.1:8080/webhooks/" + provider + " (or see `kyc-webhooks help profiles`).",
    );
  }
  return parseTargetUrl(`${profileUrl.replace(/\/+$/, "")}/webhooks/${provider}`, "the profile's url");
}

/** A fixture of the provider by name, a file, or stdin (`-`). */
async function readSendBody(provider: ProviderName, source: string, stdin: NodeJS.ReadableStream): Promise<SendBody> {
  if (source === "-") {
    const body = await readStream(stdin);
    return { input: body, origin: { file: "-" } };
  }
  // A fixture name first (negative fixtures are named invalid/<name>), else a file path.
  const fixture = findFixture(provider, source);
  if (fixture) return { input: fixture, origin: { fixture: fixture.name }, kind: fixture.kind };
  if (existsSync(source)) {
    const body = new Uint8Array(
      await readFile(source).catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`Cannot read ${source}: ${describeFsError(error)}.`);
      }),
    );
    return { input: body, origin: { file: source } };
  }
  const names = listFixtures(provider).map((candidate) => candidate.name);
  const close = closest(source, names);
  throw new UsageError(
    `No ${provider} fixture and no file named ${source}.`,
    close ? `Did you mean ${close}? Run \`kyc-webhooks fixtures ${provider}\` for the list.` : `Run \`kyc-webhooks fixtures ${provider}\` to list the fixtures, or give the path of a file.`,
  );
}

/**
 * The credentials from the options, falling back to the receiver's own environment variable names. With
 * --client-id, first gets a token from the token endpoint, as Ondato does before it calls you.
 */
export async function deliveryCredentials(args: ParsedArgs, provider: ProviderName, env: Env, target: URL, profile: Profile = {}): Promise<DeliveryCredentials> {
  const saved: { username?: string | undefined; password?: string | undefined; token?: string | undefined; clientId?: string | undefined; clientSecret?: string | undefined; tokenUrl?: string | undefined; secret?: string | undefined; signature?: string | undefined } = profile[provider] ?? {};
  const signature = stringValue(args, "signature") ?? saved.signature ?? "v2";
  const signatures: SignatureAlgorithm[] | undefined = signature === "both" ? ["v2", "v1"] : signature === "v1" || signature === "v2" ? [signature] : undefined;
  if (signatures === undefined) throw new UsageError(`--signature must be v2, v1 or both, got "${signature}".`);
  const prefix = `KYC_${provider.toUpperCase()}_`;
  const given = (name: string) => stringValue(args, name) !== undefined;
  // Options first; the profile's credentials only when no option names another kind of credential.
  const optionCredentials = given("username") || given("token") || given("client-id");
  const fromProfile = (value: string | undefined) => (optionCredentials ? undefined : value);
  const username = stringValue(args, "username") ?? env[`${prefix}USERNAME`] ?? fromProfile(saved.username);
  const password = stringValue(args, "password") ?? env[`${prefix}PASSWORD`] ?? fromProfile(saved.password);
  if (password !== undefined && username === undefined && stringValue(args, "password") !== undefined) {
    throw new UsageError("--password needs --username.");
  }
  const clientId = stringValue(args, "client-id") ?? (username === undefined ? fromProfile(saved.clientId) : undefined);
  const clientSecret = stringValue(args, "client-secret") ?? (clientId === undefined ? undefined : fromProfile(saved.clientSecret));
  if ([stringValue(args, "username"), stringValue(args, "token"), clientId].filter((value) => value !== undefined).length > 1) {
    throw new UsageError("Give one of --username/--password, --token or --client-id/--client-secret: each goes in the Authorization header.");
  }
  if ((clientId === undefined) !== (clientSecret === undefined)) throw new UsageError("--client-id and --client-secret go together.");
  let token = stringValue(args, "token") ?? (username === undefined && clientId === undefined ? fromProfile(saved.token) : undefined);
  if (clientId !== undefined && clientSecret !== undefined) {
    const tokenUrl = parseTargetUrl(stringValue(args, "token-url") ?? fromProfile(saved.tokenUrl) ?? `${target.href.replace(/\/+$/, "")}/token`, "--token-url");
    token = await fetchOndatoToken(tokenUrl, clientId, clientSecret, numberValue(args, "timeout", "send", 30) * 1000);
  }
  return {
    secret: stringValue(args, "secret") ?? (provider === "shufti" ? (env.KYC_SHUFTI_SECRET_KEY ?? saved.secret) : undefined),
    signatures,
    username: token === undefined ? username : undefined,
    password: token === undefined ? password : undefined,
    token,
  };
}

function warnMissingCredentials(provider: ProviderName, request: DeliveryRequest, terminal: Terminal): void {
  const style = terminal.err;
  if (provider === "shufti" && request.headers.signature === undefined && request.headers.sp_signature === undefined) {
    terminal.warn(style.yellow("warning: no --secret: the body goes unsigned, and a receiver checking Shufti's signature will refuse it."));
  }
  if ((provider === "netki" || provider === "ondato") && request.headers.authorization === undefined) {
    terminal.warn(style.yellow(`warning: no credentials: ${provider} callbacks carry ${provider === "netki" ? "HTTP Basic" : "HTTP Basic or a bearer token"}; pass --username/--password${provider === "ondato" ? ", --client-id/--client-secret or --token" : ""}.`));
  }
}

/**
 * Sends, prints the outcome, and returns the exit code and the outcome as JSON; shared with `replay`. With
 * `collect`, the JSON is only returned (the caller prints all outcomes as one document).
 */
export async function runDelivery(
  provider: ProviderName,
  request: DeliveryRequest,
  args: ParsedArgs,
  terminal: Terminal,
  about: Readonly<Record<string, string>>,
  commandName = "send",
  collect = false,
): Promise<{ code: number; json: unknown }> {
  const timeoutMs = numberValue(args, "timeout", commandName, 30) * 1000;
  const expectRaw = stringValue(args, "expect-status");
  const expectStatus = expectRaw === undefined ? undefined : Number(expectRaw);
  if (expectStatus !== undefined && !(Number.isInteger(expectStatus) && expectStatus >= 100 && expectStatus <= 599)) {
    throw new UsageError(`--expect-status must be an HTTP status code, got "${expectRaw ?? ""}".`);
  }
  const json = booleanValue(args, "json");
  const style = terminal.out;
  if (!json) {
    const details = [about.kind ? `${provider} ${about.kind}` : provider, request.headers["content-type"], `${request.body.byteLength} bytes`];
    const auth = describeAuth(request);
    if (auth) details.push(auth);
    const what = about.fixture ?? about.file;
    terminal.print(`${style.bold("POST")} ${request.url}${what === undefined ? "" : style.dim(`  (${what})`)}`);
    terminal.print(style.dim(`  ${details.join(", ")}`));
  }

  let result: DeliveryResult;
  try {
    result = await deliver(request, timeoutMs);
  } catch (error) {
    if (json && !collect) terminal.print(JSON.stringify({ delivered: false, error: (error as Error).message, request: requestView(provider, request, about) }, null, 2));
    if (!collect) throw error;
    terminal.warn(terminal.err.red(`✖ ${(error as Error).message}`));
    return { code: exitCodes.failure, json: { delivered: false, error: (error as Error).message, request: requestView(provider, request, about) } };
  }
  const delivered = isDelivered(provider, result.status, expectStatus);
  const ack = delivered ? receiverAck(result) : undefined;
  const outcome = {
    delivered,
    ...(ack === undefined ? {} : { stored: { id: ack.id, eventId: ack.eventId, quarantined: ack.quarantined, duplicate: ack.duplicate } }),
    status: result.status,
    statusText: result.statusText,
    elapsedMs: result.elapsedMs,
    request: requestView(provider, request, about),
    response: { contentType: result.responseContentType ?? null, body: result.responseBody },
  };

  if (json) {
    if (!collect) terminal.print(JSON.stringify(outcome, null, 2));
  } else {
    const status = `${result.status} ${result.statusText}`.trim();
    terminal.print(`${delivered ? style.green("←") : style.red("←")} ${delivered ? style.green(status) : style.red(status)} ${style.dim(`in ${formatMs(result.elapsedMs)}`)}`);
    const answer = result.responseBody.trim();
    if (answer !== "") terminal.print(style.dim(`  ${answer.length > 600 ? `${answer.slice(0, 600)}…` : answer}`));
    if (ack?.quarantined) {
      terminal.print(style.yellow(`⚠ quarantined: the receiver kept the body as event ${ack.id}, but it failed validation. See \`kyc-webhooks events show ${ack.id}\`.`));
    } else if (ack?.duplicate) {
      terminal.print(style.dim(`  a redelivery of event ${ack.id}: the receiver had it already.`));
    }
  }
  if (!delivered) {
    const why =
      expectStatus !== undefined
        ? ` (expected ${expectStatus})`
        : provider === "netki" && result.status >= 200 && result.status < 300
          ? " (Netki counts only the exact callback_expected_status, 200 by default, as delivered; see --expect-status)"
          : "";
    terminal.warn(terminal.err.red(`✖ Not delivered: the receiver answered ${result.status} ${result.statusText}${why}.`));
    terminal.warn(`  ${statusHint(result.status)}`);
    return { code: exitCodes.failure, json: outcome };
  }
  return { code: exitCodes.ok, json: outcome };
}

/** A kyc-webhooks receiver's answer to a callback ({ received, id, eventId, duplicate, quarantined }), when it is one. */
function receiverAck(result: DeliveryResult): { id: string; eventId: string; duplicate: boolean; quarantined: boolean } | undefined {
  try {
    const value = JSON.parse(result.responseBody) as Record<string, unknown>;
    if (value.received !== true || typeof value.id !== "string") return undefined;
    return { id: value.id, eventId: String(value.eventId ?? ""), duplicate: value.duplicate === true, quarantined: value.quarantined === true };
  } catch {
    return undefined;
  }
}

function describeAuth(request: DeliveryRequest): string | undefined {
  const parts: string[] = [];
  if (request.headers.signature) parts.push("signed v2 (Signature)");
  if (request.headers.sp_signature) parts.push("signed v1 (sp_signature)");
  const authorization = request.headers.authorization;
  if (authorization?.startsWith("Basic ")) parts.push("HTTP Basic");
  if (authorization?.startsWith("Bearer ")) parts.push("bearer token");
  return parts.length === 0 ? undefined : parts.join(", ");
}

function requestView(provider: ProviderName, request: DeliveryRequest, about: Readonly<Record<string, string>>) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name] = secretHeaders.has(name) ? `${value.split(" ")[0] ?? ""} …` : value;
  return { method: request.method, url: request.url, provider, ...about, headers, bytes: request.body.byteLength };
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}
