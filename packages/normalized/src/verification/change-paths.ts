import type { ProviderName } from "../event.js";
import { sources } from "./sources.js";
import type { SourceDocument } from "./sources.js";

/**
 * How a final decision changes: only through the path its provider documents. An event that
 * contradicts a final decision any other way (a replayed callback, a stray earlier state with a later
 * time) is recorded and flagged as a conflict, never applied.
 */
export interface FinalDecisionChangePath {
  readonly provider: ProviderName;
  /** Callback kinds that take this path; a trailing `*` matches any kind with that prefix. */
  readonly providerKinds: readonly string[];
  /** When set, only events with one of these provider status values (e.g. Netki `restarted`). */
  readonly providerStatuses?: readonly string[];
  readonly path: string;
  readonly sources: readonly SourceDocument[];
}

export const finalDecisionChangePaths: readonly FinalDecisionChangePath[] = [
  {
    provider: "shufti",
    providerKinds: ["verification.status.changed"],
    path:
      "`verification.status.changed` (a back-office change): the verification needs a status refresh (status `unknown`, not final) until the refreshed status or a later decision arrives, which is then applied.",
    sources: [sources.shuftiStatusCodes],
  },
  {
    provider: "shufti",
    providerKinds: ["request.deleted"],
    path: "`request.deleted`: Shufti deleted the verification's data; the verification is `deleted`.",
    sources: [sources.shuftiStatusCodes],
  },
  {
    provider: "netki",
    providerKinds: ["transaction"],
    providerStatuses: ["restarted"],
    path: "State `restarted`: the customer redoes the verification under a new access code; the transaction's decision is replaced.",
    sources: [sources.netkiPolling, sources.netkiCallbacks],
  },
  {
    provider: "netki",
    providerKinds: ["transaction"],
    providerStatuses: ["delete_pending", "deleted"],
    path: "State `delete_pending` or `deleted`: Netki deletes the transaction's data; the verification is `deleted`.",
    sources: [sources.netkiPolling],
  },
  {
    provider: "ondato",
    providerKinds: ["KycIdentification.*", "KybIdentification.*"],
    path:
      "A later identification event (`KycIdentification.*`, `KybIdentification.*`, e.g. `KycIdentification.Updated` after a manual review): its payload is the identification as it now is.",
    sources: [sources.ondatoWebhooks],
  },
];

function kindMatches(pattern: string, kind: string): boolean {
  return pattern.endsWith("*") ? kind.startsWith(pattern.slice(0, -1)) : kind === pattern;
}

/** The documented path this event takes to change a final decision, if it takes one. */
export function changePathOf(provider: ProviderName, kind: string, providerStatus: string | undefined): FinalDecisionChangePath | undefined {
  return finalDecisionChangePaths.find(
    (row) =>
      row.provider === provider &&
      row.providerKinds.some((pattern) => kindMatches(pattern, kind)) &&
      (row.providerStatuses === undefined || (providerStatus !== undefined && row.providerStatuses.includes(providerStatus))),
  );
}
