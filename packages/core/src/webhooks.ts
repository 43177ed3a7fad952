import type { RawBody } from "./body.js";
import type { Issue, SafeParseResult, Warning } from "./result.js";
import type { Strictness } from "./strictness.js";
import { receivedType } from "./zod-issues.js";

/*
 * The contract every provider package offers through `createWebhooks(options)`: verifyAndParse (authenticate,
 * decode, validate, in that order; never throws), simulate (the delivery exactly as the provider sends it) and
 * isDelivered (what the provider counts as a successful answer). Modelled on octokit/webhooks.js'
 * `verifyAndReceive` and standard-webhooks' `verify`: one object holds the options, one call says what to answer.
 */

/** The stage a callback was refused at. */
export type WebhookStage = "authenticate" | "decode" | "validate";

/**
 * What a receiver hands to `verifyAndParse`, as its framework gives it. Every field is `unknown` on purpose:
 * a parsed `express.json()` body, `null`, repeated or non-string header values are all answered, never thrown on.
 */
export interface WebhookRequest {
  /** The raw body exactly as received: a string, a Buffer / Uint8Array or an ArrayBuffer. */
  readonly body: unknown;
  /** `Headers`, Node's `IncomingHttpHeaders`, a plain record, or `[name, value]` pairs. */
  readonly headers?: unknown;
  /** The client address as the server sees it (the socket's peer), e.g. `req.socket.remoteAddress`. */
  readonly remoteAddress?: unknown;
}

/** How the callback proved it came from the provider, in words (never a secret): `signature-v2`, `basic`, `ip`, `noauth`. */
export interface WebhookAuthentication {
  readonly method: string;
}

export type WebhookSuccess<M, K extends keyof M = keyof M> = {
  readonly ok: true;
  /** The callback kind; `switch (result.kind)` narrows `result.value`. */
  readonly kind: K;
  readonly value: M[K];
  readonly authentication: WebhookAuthentication;
  /** With `strictness: "tolerant"`: the documented rules the callback breaks and the enum values nobody listed yet (empty when strict). */
  readonly warnings: readonly Warning[];
};

export interface WebhookFailure {
  readonly ok: false;
  readonly stage: WebhookStage;
  /** The HTTP status to answer: 401 or 403 (authenticate), 400 or 415 (decode), 422 (validate). */
  readonly status: 400 | 401 | 403 | 415 | 422;
  /** What was wrong, each with its field path; never a received value. */
  readonly issues: readonly Issue[];
  /** The kind, when it could be told even though the callback was refused at decode or validate. */
  readonly kind?: string;
  /** A `WWW-Authenticate` challenge to send with a 401. */
  readonly challenge?: string;
}

/** A distributive union, so that each kind carries its own value type. */
export type WebhookResult<M> = { [K in keyof M]: WebhookSuccess<M, K> }[keyof M] | WebhookFailure;

/** A delivery as the provider sends it: pass it to `fetch`, to `verifyAndParse`, or to a test server. */
export interface SimulatedDelivery {
  readonly method: "POST";
  /** Lower-cased header names: the content type and the provider's authentication. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  /** The address the provider sends from, for providers recognised by address (Jumio); otherwise a loopback address. */
  readonly remoteAddress: string;
}

export interface SimulateOverrides {
  /** Extra or replaced headers (names are lower-cased). A value of `undefined` removes a header. */
  readonly headers?: Readonly<Record<string, string | undefined>>;
  /** The content type to send instead of the fixture's or the provider's own. */
  readonly contentType?: string;
  readonly remoteAddress?: string;
}

/** A fixture the package ships (see `@kyc-webhooks/<provider>/fixtures`), or a body to send as is. */
export type SimulateInput = string | Uint8Array | ArrayBuffer | Readonly<Record<string, unknown>> | { readonly name: string; readonly body: Uint8Array; readonly contentType: string; readonly headers?: Readonly<Record<string, string>> | undefined };

export interface Webhooks<M> {
  readonly provider: string;
  /** Authenticates, decodes and validates a callback, in that order. Never throws, never rejects. */
  verifyAndParse(request: WebhookRequest): Promise<WebhookResult<M>>;
  /**
   * The delivery exactly as the provider sends it: a fixture by name (`"verification.accepted"`), a fixture object,
   * or a body (bytes or text as is, an object as the provider would encode it), with the provider's content type
   * and authentication. Throws for an unknown fixture name (a programming error in a test, not input).
   */
  simulate(fixtureNameOrBody: SimulateInput, overrides?: SimulateOverrides): SimulatedDelivery;
  /** Whether the provider counts this answer as a delivery (no retry). */
  isDelivered(status: number): boolean;
}

/**
 * The shape every provider package's exports satisfy (checked by the compiler in each package's tests):
 * `satisfies ProviderModule<...>` on `import * as shufti from "@kyc-webhooks/shufti"`.
 */
export interface ProviderModule<O, M> {
  readonly provider: string;
  readonly callbackKinds: readonly (keyof M & string)[];
  createWebhooks(options: O): Webhooks<M>;
  safeParseCallback(body: RawBody, options?: { readonly contentType?: string | undefined }): SafeParseResult<M[keyof M], keyof M & string>;
  detect(body: RawBody, options?: { readonly contentType?: string | undefined }): (keyof M & string) | undefined;
}

/** A request as a provider's authentication sees it: headers read safely, the address as a string. */
export interface AuthenticationFacts {
  /** The request's headers, lower-cased names, repeated values joined with ", " (see {@link normalizeHeaders}). */
  readonly headers: Readonly<Record<string, string>>;
  readonly remoteAddress: string | undefined;
  /** The raw body, when the request carried one (a signature is computed over it). */
  readonly rawBody: RawBody | undefined;
  /** The body's type, for an issue when it is not raw (`object`, `null`, ...). */
  readonly bodyType: string;
}

export type AuthenticationOutcome =
  | { readonly ok: true; readonly method: string }
  | { readonly ok: false; readonly status: 401 | 403; readonly issue: Issue; readonly challenge?: string };

/** The option every provider's `createWebhooks` takes next to its own credentials. */
export interface WebhooksStrictnessOption {
  /**
   * `strict` (the default): a callback that breaks a documented rule, or carries an enumeration value nobody has
   * listed yet, is refused at validate (422) with the rule named. `tolerant`: it is accepted when its structure holds,
   * and the result's `warnings` say what it breaks (what the receiver uses, so that a provider's new value does not
   * stop every decision).
   */
  readonly strictness?: Strictness | undefined;
}

/** What a provider package gives {@link defineWebhooks}: its own rules, nothing about the staging. */
export interface WebhookRules<M> {
  readonly provider: string;
  authenticate(facts: AuthenticationFacts): AuthenticationOutcome | Promise<AuthenticationOutcome>;
  parse(body: RawBody, contentType: string | undefined): SafeParseResult<M[keyof M], keyof M & string>;
  simulate(input: SimulateInput, overrides: SimulateOverrides): SimulatedDelivery;
  isDelivered(status: number): boolean;
}

const decodeCodes = new Set(["invalid_json", "too_deep", "invalid_utf8", "invalid_form", "raw_body_required", "unsupported_media_type"]);

/** Whether a body is one of the raw forms (Buffer is a Uint8Array). */
export function isRawBody(body: unknown): body is RawBody {
  return typeof body === "string" || body instanceof Uint8Array || body instanceof ArrayBuffer;
}

/** The issue for a body that is not the raw bytes: a parsed object cannot be checked byte for byte. */
export function rawBodyRequiredIssue(bodyType: string): Issue {
  return {
    path: [],
    code: "raw_body_required",
    expected: "string | Uint8Array | ArrayBuffer",
    received: bodyType,
    message: `Expected the raw body exactly as received (string, Buffer or Uint8Array), received ${bodyType}: capture it before any JSON or form parser re-encodes it`,
  };
}

/**
 * Reads any header container without throwing, into lower-cased names with repeated values joined by ", "
 * (as HTTP allows): `Headers`, Node's `IncomingHttpHeaders` (arrays for repeated headers), a plain record with
 * non-string values (numbers are stringified, anything else ignored), `[name, value]` pairs, or Node's flat
 * `rawHeaders` list.
 */
export function normalizeHeaders(headers: unknown): Readonly<Record<string, string>> {
  const record: Record<string, string> = Object.create(null) as Record<string, string>;
  const add = (name: unknown, value: unknown): void => {
    if (typeof name !== "string") return;
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) add(name, item);
      return;
    }
    const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
    if (text === undefined) return;
    const key = name.toLowerCase();
    const existing = record[key];
    record[key] = existing === undefined ? text : `${existing}, ${text}`;
  };
  if (headers === null || typeof headers !== "object") return record;
  if (typeof (headers as { forEach?: unknown }).forEach === "function" && typeof (headers as { get?: unknown }).get === "function") {
    (headers as Headers).forEach((value, name) => add(name, value));
  } else if (Array.isArray(headers)) {
    const list = headers as unknown[];
    if (list.every((entry) => Array.isArray(entry))) for (const entry of list as unknown[][]) add(entry[0], entry[1]);
    else for (let index = 0; index + 1 < list.length; index += 2) add(list[index], list[index + 1]);
  } else {
    for (const [name, value] of Object.entries(headers)) add(name, value);
  }
  return record;
}

function failure(stage: WebhookStage, status: WebhookFailure["status"], issues: readonly Issue[], extra: { kind?: string | undefined; challenge?: string | undefined } = {}): WebhookFailure {
  return { ok: false, stage, status, issues, ...(extra.kind === undefined ? {} : { kind: extra.kind }), ...(extra.challenge === undefined ? {} : { challenge: extra.challenge }) };
}

/** The stage and status of a parse failure: decoding issues answer 400 (415 for a content type), the rest 422. */
export function classifyParseIssues(issues: readonly Issue[]): { stage: "decode" | "validate"; status: 400 | 415 | 422 } {
  if (issues.some((issue) => issue.code === "unsupported_media_type")) return { stage: "decode", status: 415 };
  if (issues.some((issue) => decodeCodes.has(issue.code))) return { stage: "decode", status: 400 };
  return { stage: "validate", status: 422 };
}

async function verifyAndParse<M>(rules: WebhookRules<M>, request: WebhookRequest): Promise<WebhookResult<M>> {
  const input: Partial<WebhookRequest> = request !== null && typeof request === "object" ? request : {};
  const body = input.body;
  const headers = normalizeHeaders(input.headers);
  const remoteAddress = typeof input.remoteAddress === "string" ? input.remoteAddress : undefined;
  const raw = isRawBody(body) ? body : undefined;
  const bodyType = receivedType(body);

  const auth = await rules.authenticate({ headers, remoteAddress, rawBody: raw, bodyType });
  if (!auth.ok) return failure("authenticate", auth.status, [auth.issue], { challenge: auth.challenge });
  if (raw === undefined) return failure("decode", 400, [rawBodyRequiredIssue(bodyType)]);

  const parsed = rules.parse(raw, headers["content-type"]);
  if (!parsed.ok) {
    const { stage, status } = classifyParseIssues(parsed.issues);
    return failure(stage, status, parsed.issues, { kind: parsed.kind });
  }
  return { ok: true, kind: parsed.kind, value: parsed.value, authentication: { method: auth.method }, warnings: parsed.warnings ?? [] } as WebhookSuccess<M>;
}

/**
 * Builds the {@link Webhooks} object from a provider's rules. The staging (authenticate, then decode, then
 * validate), the status of each refusal and the never-throw guarantee live here once, for all four providers.
 */
export function defineWebhooks<M>(rules: WebhookRules<M>): Webhooks<M> {
  return {
    provider: rules.provider,
    async verifyAndParse(request) {
      try {
        return await verifyAndParse(rules, request);
      } catch {
        // A bug or a hostile object (a throwing getter, a Proxy) must still get an answer, not a crash.
        return failure("decode", 400, [{ path: [], code: "unreadable_request", message: "The request could not be read" }]);
      }
    },
    simulate: (input, overrides = {}) => rules.simulate(input, overrides),
    isDelivered: (status) => rules.isDelivered(status),
  };
}

/** Any 2xx: what Jumio, Shufti and Ondato count as delivered. */
export function isSuccessStatus(status: number): boolean {
  return Number.isInteger(status) && status >= 200 && status < 300;
}

const encoder = new TextEncoder();

/**
 * The common part of a simulated delivery: the body's bytes (an object JSON-encoded), the content type, the
 * headers the provider adds, then the caller's overrides.
 */
export function buildDelivery(input: {
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly remoteAddress: string;
  readonly overrides: SimulateOverrides;
}): SimulatedDelivery {
  const headers: Record<string, string> = { "content-type": input.overrides.contentType ?? input.contentType };
  for (const [name, value] of Object.entries(input.headers ?? {})) headers[name.toLowerCase()] = value;
  for (const [name, value] of Object.entries(input.overrides.headers ?? {})) {
    if (value === undefined) delete headers[name.toLowerCase()];
    else headers[name.toLowerCase()] = value;
  }
  return { method: "POST", headers, body: input.body, remoteAddress: input.overrides.remoteAddress ?? input.remoteAddress };
}

/** The bytes of a body to simulate: text and bytes as they are, an object as JSON. */
export function simulatedBytes(body: string | Uint8Array | ArrayBuffer | Readonly<Record<string, unknown>>): Uint8Array {
  if (typeof body === "string") return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return encoder.encode(JSON.stringify(body));
}

/** A fixture name (`verification.accepted`, `invalid/netverify-id.bad-timestamp`), not a body: bodies hold `{`, `=` or spaces. */
const fixtureNamePattern = /^[A-Za-z0-9_-][A-Za-z0-9_./-]*$/;

/** The body, content type and provider headers a `simulate()` input stands for. */
export interface SimulatedBody {
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/**
 * Resolves a `simulate()` input: a fixture name is looked up in the package's fixtures (an unknown name throws:
 * it is a typo in a test, not input), a fixture object is used as it is, bytes and text are sent as they are with
 * the provider's content type for them, an object is encoded the way the provider encodes it.
 */
export function resolveSimulateInput(
  input: SimulateInput,
  provider: {
    readonly name: string;
    readonly fixtures: () => readonly { readonly name: string; readonly body: Uint8Array; readonly contentType: string; readonly headers?: Readonly<Record<string, string>> }[];
    readonly contentTypeOf: (body: Uint8Array) => string;
    readonly encodeObject?: (value: Readonly<Record<string, unknown>>) => SimulatedBody;
  },
): SimulatedBody {
  if (typeof input === "string" && fixtureNamePattern.test(input)) {
    const fixture = provider.fixtures().find((candidate) => candidate.name === input);
    if (!fixture) throw new Error(`Unknown ${provider.name} fixture: ${input}`);
    return { body: fixture.body, contentType: fixture.contentType, headers: fixture.headers };
  }
  if (typeof input === "object" && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    if (input.body instanceof Uint8Array && typeof input.contentType === "string" && typeof input.name === "string") {
      const fixture = input as { readonly body: Uint8Array; readonly contentType: string; readonly headers?: Readonly<Record<string, string>> };
      return { body: fixture.body, contentType: fixture.contentType, headers: fixture.headers };
    }
    if (provider.encodeObject) return provider.encodeObject(input as Readonly<Record<string, unknown>>);
    const body = simulatedBytes(input as Readonly<Record<string, unknown>>);
    return { body, contentType: provider.contentTypeOf(body) };
  }
  const body = simulatedBytes(input);
  return { body, contentType: provider.contentTypeOf(body) };
}
