import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { detectProvider } from "@kyc-webhooks/normalized";
import type { ProviderName } from "@kyc-webhooks/normalized";
import type { SignatureAlgorithm } from "@kyc-webhooks/shufti";
import { booleanValue, listValue, numberValue, requiredString, stringValue } from "../command.js";
import type { Command, ParsedArgs } from "../command.js";
import type { Env, Terminal } from "../terminal.js";
import { UsageError, exitCodes } from "../errors.js";
import { deliver, parseHeaderOption, parseTargetUrl, secretHeaders, statusHint } from "../transport.js";
import type { DeliveryRequest, DeliveryResult } from "../transport.js";
import { fetchOndatoToken, isDelivered, providerDelivery } from "../provider-delivery.js";
import type { DeliveryCredentials, DeliveryInput } from "../provider-delivery.js";
import { findFixture } from "../fixtures.js";
import { describeFsError } from "../inputs.js";
import { parseProviderName } from "../providers.js";

/** The options `send` and `replay` share: where to, how to authenticate, how long to wait. */
export const deliveryOptions = {
  to: { type: "string", value: "url", description: "The receiver's webhook URL, e.g. http://127.0.0.1:8080/webhooks/shufti (required)." },
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
  summary: "Deliver a fixture or a file to a receiver exactly as the provider would",
  usage: ["send <provider> <fixture-name|file> --to <url> [--secret <key> | --username <u> --password <p> | --client-id <id> --client-secret <s> | --token <t>]"],
  description: [
    "POSTs a callback body byte for byte, with the provider's content type and authentication: Shufti's signature",
    "over the raw body (--secret; --signature v2|v1|both); HTTP Basic (--username/--password) for Netki and Ondato;",
    "for Ondato's OAuth2 flow, a bearer token fetched from your token endpoint (--client-id/--client-secret",
    "[--token-url]) or given as it is (--token). Jumio authenticates by source IP only: to test a receiver's",
    "Jumio allowlist locally, run it with 127.0.0.1 as a trusted proxy and send",
    '--header "X-Forwarded-For: <a Jumio callback IP>" (see the README). Prints the answer\'s status and the time taken.',
    "",
    "The second argument is a fixture name (see `kyc-webhooks fixtures <provider>`) or the path of a file.",
    "",
    "Exit status: 0 when delivered (Netki: exactly the expected status; others: 2xx), 1 when refused or unreachable,",
    "2 on a usage error.",
  ].join("\n"),
  options: deliveryOptions,
  environment: {
    KYC_SHUFTI_SECRET_KEY: "Shufti secret key, when --secret is not given.",
    "KYC_<PROVIDER>_USERNAME, KYC_<PROVIDER>_PASSWORD": "HTTP Basic credentials, when --username/--password are not given.",
  },
  examples: [
    "send shufti verification.accepted --to http://127.0.0.1:8080/webhooks/shufti --secret dev-secret",
    "send netki transaction.completed --to http://127.0.0.1:8080/webhooks/netki -u netki --password secret",
    "send ondato ./captured.json --to https://kyc.example.com/webhooks/ondato --token $TOKEN",
  ],
  async run(args, { terminal, env }) {
    const [providerArg, source, ...rest] = args.positionals;
    if (providerArg === undefined || source === undefined) {
      throw new UsageError("send needs a provider and a fixture name or file.", "Example: kyc-webhooks send shufti verification.accepted --to http://127.0.0.1:8080/webhooks/shufti --secret <key>");
    }
    if (rest.length > 0) throw new UsageError(`Unexpected argument ${rest[0] ?? ""}.`, "send delivers one body; run it once per body.");
    const provider = parseProviderName(providerArg, "the provider argument");
    const url = parseTargetUrl(requiredString(args, "to", "send", "url"), "--to");

    // A fixture name first (negative fixtures are named invalid/<name>), else a file path.
    const fixture = findFixture(provider, source);
    let input: DeliveryInput;
    let origin: { fixture: string } | { file: string };
    if (fixture) {
      input = fixture;
      origin = { fixture: fixture.name };
    } else if (existsSync(source)) {
      input = new Uint8Array(
        await readFile(source).catch((error: NodeJS.ErrnoException) => {
          throw new UsageError(`Cannot read ${source}: ${describeFsError(error)}.`);
        }),
      );
      origin = { file: source };
    } else {
      throw new UsageError(`No ${provider} fixture and no file named ${source}.`, `Run \`kyc-webhooks fixtures ${provider}\` to list the fixtures, or give the path of a file.`);
    }

    const request = providerDelivery(provider, url, input, {
      contentType: stringValue(args, "content-type"),
      extraHeaders: listValue(args, "header").map(parseHeaderOption),
      credentials: await deliveryCredentials(args, provider, env, url),
    });
    const kind = fixture?.kind ?? detectProvider(request.body, { contentType: request.headers["content-type"] })?.kind;
    warnMissingCredentials(provider, request, terminal);
    return runDelivery(provider, request, args, terminal, { ...origin, ...(kind === undefined ? {} : { kind }) });
  },
};

/**
 * The credentials from the options, falling back to the receiver's own environment variable names. With
 * --client-id, first gets a token from the token endpoint, as Ondato does before it calls you.
 */
export async function deliveryCredentials(args: ParsedArgs, provider: ProviderName, env: Env, target: URL): Promise<DeliveryCredentials> {
  const signature = stringValue(args, "signature") ?? "v2";
  const signatures: SignatureAlgorithm[] | undefined = signature === "both" ? ["v2", "v1"] : signature === "v1" || signature === "v2" ? [signature] : undefined;
  if (signatures === undefined) throw new UsageError(`--signature must be v2, v1 or both, got "${signature}".`);
  const prefix = `KYC_${provider.toUpperCase()}_`;
  const username = stringValue(args, "username") ?? env[`${prefix}USERNAME`];
  const password = stringValue(args, "password") ?? env[`${prefix}PASSWORD`];
  if (password !== undefined && username === undefined && stringValue(args, "password") !== undefined) {
    throw new UsageError("--password needs --username.");
  }
  const clientId = stringValue(args, "client-id");
  const clientSecret = stringValue(args, "client-secret");
  if ([stringValue(args, "username"), stringValue(args, "token"), clientId].filter((value) => value !== undefined).length > 1) {
    throw new UsageError("Give one of --username/--password, --token or --client-id/--client-secret: each goes in the Authorization header.");
  }
  if ((clientId === undefined) !== (clientSecret === undefined)) throw new UsageError("--client-id and --client-secret go together.");
  let token = stringValue(args, "token");
  if (clientId !== undefined && clientSecret !== undefined) {
    const tokenUrl = parseTargetUrl(stringValue(args, "token-url") ?? `${target.href.replace(/\/+$/, "")}/token`, "--token-url");
    token = await fetchOndatoToken(tokenUrl, clientId, clientSecret, numberValue(args, "timeout", "send", 30) * 1000);
  }
  return {
    secret: stringValue(args, "secret") ?? (provider === "shufti" ? env.KYC_SHUFTI_SECRET_KEY : undefined),
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

/** Sends, prints the outcome, and returns the exit code; shared with `replay`. */
export async function runDelivery(
  provider: ProviderName,
  request: DeliveryRequest,
  args: ParsedArgs,
  terminal: Terminal,
  about: Readonly<Record<string, string>>,
  commandName = "send",
): Promise<number> {
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
    terminal.print(`${style.bold("POST")} ${request.url}`);
    terminal.print(style.dim(`  ${details.join(", ")}`));
  }

  let result: DeliveryResult;
  try {
    result = await deliver(request, timeoutMs);
  } catch (error) {
    if (json) {
      terminal.print(JSON.stringify({ delivered: false, error: (error as Error).message, request: requestView(provider, request, about) }, null, 2));
    }
    throw error;
  }
  const delivered = isDelivered(provider, result.status, expectStatus);

  if (json) {
    terminal.print(
      JSON.stringify(
        {
          delivered,
          status: result.status,
          statusText: result.statusText,
          elapsedMs: result.elapsedMs,
          request: requestView(provider, request, about),
          response: { contentType: result.responseContentType ?? null, body: result.responseBody },
        },
        null,
        2,
      ),
    );
  } else {
    const status = `${result.status} ${result.statusText}`.trim();
    terminal.print(`${delivered ? style.green("←") : style.red("←")} ${delivered ? style.green(status) : style.red(status)} ${style.dim(`in ${formatMs(result.elapsedMs)}`)}`);
    const answer = result.responseBody.trim();
    if (answer !== "") terminal.print(style.dim(`  ${answer.length > 600 ? `${answer.slice(0, 600)}…` : answer}`));
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
    return exitCodes.failure;
  }
  return exitCodes.ok;
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
