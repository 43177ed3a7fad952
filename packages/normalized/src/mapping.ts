import type { CheckName, DocumentType, EventType, MediaKind, ProviderName, ReasonCategory, Status } from "./event.js";

/**
 * The shapes of the mapping tables. Every mapping from a provider's value to the normalized model is
 * a row of data in `providers/<provider>/mapping.ts`, so that the docs render the same table the code
 * uses. A row with `judgement` is our choice, not the provider's word; the text says why.
 */

export const finalities = ["final", "non_final"] as const;
export type Finality = (typeof finalities)[number];

/** One provider value and what it says about the verification. */
export interface StatusMapping {
  readonly provider: ProviderName;
  /** The provider package's callback kind this row applies to. */
  readonly providerKind: string;
  /** The payload field the value is read from (a path such as `transaction.status`), or `event` for the kind itself. */
  readonly field: string;
  /** The provider's value, verbatim. `*` stands for "any other value" (a row that applies when no other row does). */
  readonly providerValue: string;
  readonly status: Status;
  readonly type: EventType;
  readonly finality: Finality;
  readonly needsRefresh: boolean;
  /** The reason this value implies by itself (e.g. Jumio `NO_ID_UPLOADED`: the user abandoned). */
  readonly reason?: { readonly code: string; readonly category: ReasonCategory; readonly description: string };
  /** Set when the mapping is our judgement rather than the provider's documented meaning. */
  readonly judgement?: string;
}

/** One provider reason code and its category. */
export interface ReasonMapping {
  readonly provider: ProviderName;
  /** Where the code appears in the payload. */
  readonly field: string;
  /** The provider's code, verbatim. */
  readonly providerCode: string;
  /** Our snake_case code. */
  readonly code: string;
  readonly category: ReasonCategory;
  /** The provider's description where it gives one. */
  readonly description: string;
  readonly judgement?: string;
}

/** One provider document type and its normalized type. */
export interface DocumentTypeMapping {
  readonly provider: ProviderName;
  readonly field: string;
  readonly providerValue: string;
  readonly type: DocumentType;
  readonly judgement?: string;
}

/** One provider check field and the normalized check it feeds. */
export interface CheckMapping {
  readonly provider: ProviderName;
  /** The provider's field or check name, verbatim. */
  readonly providerName: string;
  readonly check: CheckName;
  /** How the provider's value becomes passed / failed / not_performed. */
  readonly rule: string;
  readonly judgement?: string;
}

/** One provider media field and what it shows. */
export interface MediaMapping {
  readonly provider: ProviderName;
  readonly field: string;
  readonly kind: MediaKind;
  readonly judgement?: string;
}

/**
 * Rows of a status table by `kind`, `field` and value, with the `*` row as fallback. Maps within maps rather than
 * one map by a joined key: a look-up builds no string (about 0.5 µs of a small callback's normalization).
 */
export function statusIndex(rows: readonly StatusMapping[]): (kind: string, field: string, value: string | undefined) => StatusMapping | undefined {
  const index = new Map<string, Map<string, Map<string, StatusMapping>>>();
  for (const row of rows) {
    let byField = index.get(row.providerKind);
    if (byField === undefined) index.set(row.providerKind, (byField = new Map()));
    let byValue = byField.get(row.field);
    if (byValue === undefined) byField.set(row.field, (byValue = new Map()));
    byValue.set(row.providerValue, row);
  }
  return (kind, field, value) => {
    const byValue = index.get(kind)?.get(field);
    if (byValue === undefined) return undefined;
    return (value === undefined ? undefined : byValue.get(value)) ?? byValue.get("*");
  };
}
