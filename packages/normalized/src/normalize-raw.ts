import type { Issue, RawBody, Strictness, Warning } from "@kyc-webhooks/core";
import { contentEventId, providerEventId, rawEventId } from "./event-id.js";
import { bodyProblem, diagnoseBodyWith } from "./diagnose.js";
import type { NormalizedEvent, ProviderName } from "./event.js";
import { detectProvider } from "./providers/detectors.js";
import type { EntryOf, ProviderEntry } from "./providers/types.js";
import { verificationReferenceOf } from "./verification/reference.js";

export type NormalizeResult =
  | {
      readonly ok: true;
      readonly provider: ProviderName;
      readonly kind: string;
      readonly event: NormalizedEvent;
      /** Tolerant parsing only: the documented rules the callback breaks and the unlisted values it holds. Empty when strict. */
      readonly warnings: readonly Warning[];
    }
  | {
      readonly ok: false;
      readonly provider?: ProviderName;
      readonly kind?: string;
      readonly issues: readonly Issue[];
      /** The decoded body, when decoding worked: kept so that nothing is lost. */
      readonly decoded?: unknown;
      /** When the provider is known: {@link rawEventId} of the body, so that a redelivered invalid body is still deduplicated. */
      readonly eventId?: string;
      /**
       * Best effort, when the body decoded: the verification reference it names, read as the provider's
       * normalizer reads a valid callback's (Shufti `reference`, Ondato `identityVerificationId` or `payload.id`,
       * Netki `identity.id` or a business's name, Jumio's scan, transaction or workflow id), each field only
       * where it has the expected shape. Lets a store file a quarantined body under its verification, e.g.
       * so that a purge of that reference reaches it. Never trusted for a decision: the body failed validation.
       */
      readonly reference?: string;
      /**
       * True when the provider was neither given nor detected: the body resembles that provider's callbacks
       * most, and the issues are that provider's ("looks like Ondato, but …").
       */
      readonly guessed?: true;
    };

export interface NormalizeRawOptions {
  /** The request's Content-Type header. Jumio posts forms, the others JSON; a wrong type is refused. */
  readonly contentType?: string | undefined;
  /** The provider, when the receiver knows it (from the URL it was called on); detected from the body otherwise. */
  readonly provider?: ProviderName | undefined;
  /**
   * `strict` (default): a broken documented rule or an unlisted enumeration value fails. `tolerant` (what
   * the receiver uses): they become `warnings` on the result; structurally wrong bodies still fail.
   */
  readonly strictness?: Strictness | undefined;
}

/**
 * What `normalizeRaw` does, with the provider entries `entryOf` gives: it asks only for the provider given, the one
 * whose `detect` claims the body, or (for a body none claims) the one the body resembles. Never throws on bad input.
 */
export function normalizeRawWith(entryOf: EntryOf, body: RawBody, options: NormalizeRawOptions = {}): NormalizeResult {
  // An empty body says so whether or not the provider is known; the rest of the diagnosis (binary, not JSON, …)
  // is for a body no provider was given or detected for: a provider's parser names those causes itself.
  const problem = options.provider === undefined || startsWithVisibleAscii(body) ? undefined : bodyProblem(body);
  if (problem?.code === "empty_body" && options.provider !== undefined) return { ok: false, provider: options.provider, eventId: safeRawEventId(options.provider, body), issues: [problem] };
  let provider = options.provider ?? detectProvider(body, { contentType: options.contentType })?.provider;
  if (provider === undefined) {
    const diagnosis = diagnoseBodyWith(entryOf, body, { contentType: options.contentType });
    if (diagnosis.provider === undefined) return { ok: false, issues: diagnosis.issues };
    if (diagnosis.issues.length > 0) {
      return {
        ok: false,
        provider: diagnosis.provider,
        ...(diagnosis.kind === undefined ? {} : { kind: diagnosis.kind }),
        issues: diagnosis.issues,
        ...(diagnosis.decoded === undefined ? {} : { decoded: diagnosis.decoded }),
        ...referenceOfInvalid(entryOf, diagnosis.provider, diagnosis.kind, diagnosis.decoded),
        eventId: safeRawEventId(diagnosis.provider, body),
        guessed: true,
      };
    }
    // A body that a provider's parser takes although its narrower `detect` did not: that provider's.
    provider = diagnosis.provider;
  }
  const entry = entryOf(provider);
  let parsed: ReturnType<typeof entry.safeParseCallback>;
  try {
    parsed = entry.safeParseCallback(body, { contentType: options.contentType, strictness: options.strictness });
  } catch {
    return { ok: false, provider, issues: [{ path: [], code: "parse_failed", message: `The ${provider} parser failed on this body` }], eventId: safeRawEventId(provider, body) };
  }
  if (!parsed.ok) {
    return {
      ok: false,
      provider,
      ...(parsed.kind === undefined ? {} : { kind: parsed.kind }),
      issues: parsed.issues,
      ...(parsed.decoded === undefined ? {} : { decoded: parsed.decoded }),
      ...referenceOfInvalid(entryOf, provider, parsed.kind, parsed.decoded),
      eventId: safeRawEventId(provider, body),
    };
  }
  try {
    return { ok: true, provider, kind: parsed.kind, event: buildEvent(entry, provider, parsed.kind, parsed.value), warnings: parsed.warnings ?? [] };
  } catch {
    // A normalizer reads through total functions and should not throw; if one does, the body is
    // still valid and kept, and the failure is reported rather than thrown.
    return {
      ok: false,
      provider,
      kind: parsed.kind,
      issues: [{ path: [], code: "normalize_failed", message: `The ${provider} ${parsed.kind} callback is valid but could not be normalized` }],
      decoded: parsed.value,
      ...referenceOfInvalid(entryOf, provider, parsed.kind, parsed.value),
      eventId: safeRawEventId(provider, body),
    };
  }
}

/**
 * True when the first character after ASCII white space is a visible ASCII one: such a body is not empty, so
 * the full {@link bodyProblem} (a UTF-8 decode and a scan of the whole text) is not needed to tell.
 */
function startsWithVisibleAscii(body: RawBody): boolean {
  const bytes = typeof body === "string" ? undefined : body instanceof ArrayBuffer ? new Uint8Array(body) : body;
  const length = bytes ? bytes.byteLength : (body as string).length;
  for (let index = 0; index < length; index += 1) {
    const code = bytes ? (bytes[index] as number) : (body as string).charCodeAt(index);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) continue;
    return code > 0x20 && code < 0x7f;
  }
  return false;
}

/**
 * `{ reference }` of a body that failed validation, when it decoded and names one: the provider's normalizer
 * run over the decoded value (its reads are total: a field of another shape reads as absent), with the kind
 * when it could be told (else the provider's default reading). Empty when there is none.
 */
function referenceOfInvalid(entryOf: EntryOf, provider: ProviderName, kind: string | undefined, decoded: unknown): { reference?: string } {
  if (decoded === undefined || decoded === null || typeof decoded !== "object") return {};
  try {
    const providerKind = kind ?? "";
    const { draft } = entryOf(provider).normalize(decoded, providerKind);
    const reference = verificationReferenceOf({ provider, providerKind, reference: draft.reference, raw: decoded });
    return reference === undefined || reference.trim() === "" ? {} : { reference };
  } catch {
    return {};
  }
}

function safeRawEventId(provider: ProviderName, body: RawBody): string | undefined {
  try {
    return rawEventId(provider, body);
  } catch {
    return undefined;
  }
}

/** The event of a callback the provider's package parsed, with its eventId. */
export function buildEvent(entry: ProviderEntry, provider: ProviderName, kind: string, callback: unknown): NormalizedEvent {
  const { draft, identity } = entry.normalize(callback, kind);
  const eventId = "id" in identity ? providerEventId(provider, identity.id) : contentEventId(provider, kind, identity.content);
  return { eventId, provider, providerKind: kind, ...draft, raw: callback };
}
