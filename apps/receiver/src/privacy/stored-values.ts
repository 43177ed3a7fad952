import type { NormalizedEvent } from "@kyc-webhooks/normalized";
import { PersonalDataCipher } from "./cipher.js";

/*
 * Which stored values are personal, and how they are written and read back. The storage backends call
 * these on the values they write and read, and nothing else of theirs changes:
 *
 *   raw bodies (events, deliveries)   sealed whole
 *   a quarantined body's decoded form sealed whole
 *   outbox payloads                   sealed whole
 *   the normalized event              the decision stays clear, the personal fields are sealed into `$sealed`
 *
 * The decision (eventId, provider, kinds, type, status, finality, references, times, reasons, checks, the
 * requested country) is what survives retention and purge; everything else of a normalized event (person,
 * document, address, media, raw, and any field added later) counts as personal.
 */

const decisionKeys = new Set([
  "eventId",
  "provider",
  "providerKind",
  "type",
  "status",
  "finality",
  "needsRefresh",
  "reference",
  "merchantReference",
  "occurredAt",
  "reasons",
  "checks",
  "country",
]);

/** The key of a stored normalized event that holds its personal fields, sealed. */
export const sealedKey = "$sealed";

function split(event: Readonly<Record<string, unknown>>): { decision: Record<string, unknown>; personal: Record<string, unknown> } {
  const decision: Record<string, unknown> = {};
  const personal: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    if (key === sealedKey) continue;
    (decisionKeys.has(key) ? decision : personal)[key] = value;
  }
  return { decision, personal };
}

/** The personal-data codec of a store: seals on the way in, opens on the way out. */
export class StoredValues {
  readonly cipher: PersonalDataCipher;

  constructor(cipher: PersonalDataCipher = new PersonalDataCipher()) {
    this.cipher = cipher;
  }

  body(plain: Uint8Array): Buffer {
    return this.cipher.sealBytes(plain);
  }

  openBody(stored: Uint8Array): Uint8Array {
    return this.cipher.openBytes(stored);
  }

  /** A JSON document stored whole (a decoded body, an outbox payload). */
  text(plain: string): string {
    return this.cipher.sealText(plain);
  }

  openText(stored: string): string {
    return this.cipher.openText(stored);
  }

  /** The stored text of a normalized event; `json`, when given, is `JSON.stringify(event)`, made by the caller. */
  normalized(event: NormalizedEvent, json?: string): string {
    if (!this.cipher.enabled) return json ?? JSON.stringify(event);
    const { decision, personal } = split(event as unknown as Record<string, unknown>);
    // Object.assign, not `{ ...decision, [sealedKey]: … }`: that literal costs microseconds on Node 20 (the receiver README, "Throughput, measured").
    return JSON.stringify(Object.assign({}, decision, { [sealedKey]: this.cipher.sealText(JSON.stringify(personal)) }));
  }

  openNormalized(stored: string): NormalizedEvent {
    const value = JSON.parse(stored) as Record<string, unknown>;
    const sealed = value[sealedKey];
    if (typeof sealed !== "string") return value as unknown as NormalizedEvent;
    const { decision } = split(value);
    return { ...decision, ...(JSON.parse(this.cipher.openText(sealed)) as Record<string, unknown>) } as unknown as NormalizedEvent;
  }

  /** A stored normalized event re-sealed with the newest key (`rekey`), or undefined when it needs nothing. */
  resealNormalized(stored: string): string | undefined {
    const value = JSON.parse(stored) as Record<string, unknown>;
    const sealed = value[sealedKey];
    if (typeof sealed === "string" ? !this.cipher.needsRekey(sealed) : !this.cipher.enabled || Object.keys(split(value).personal).length === 0) return undefined;
    return this.normalized(this.openNormalized(stored));
  }

  /** A stored value of a whole-sealed column re-sealed with the newest key, or undefined when it needs nothing. */
  resealText(stored: string | null): string | undefined {
    return stored !== null && stored !== "" && this.cipher.needsRekey(stored) ? this.text(this.openText(stored)) : undefined;
  }

  resealBody(stored: Uint8Array | null): Buffer | undefined {
    return stored !== null && this.cipher.needsRekey(stored) ? this.body(this.openBody(stored)) : undefined;
  }
}

/**
 * What retention and purge keep of a stored normalized event: the decision, clear, with no media and no raw
 * payload (so it still has the normalized event's shape). Needs no key: the decision is never sealed.
 */
export function decisionOnly(stored: string | null): string | null {
  if (stored === null) return null;
  const { decision } = split(JSON.parse(stored) as Record<string, unknown>);
  return JSON.stringify({ ...decision, media: [], raw: null });
}
