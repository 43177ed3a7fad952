import type { NormalizedEvent } from "../event.js";
import { statusMappings } from "../mappings.js";
import { asText, at } from "../payload.js";

/** Per provider and kind, the payload fields its status table reads (`event`/`type`: the kind itself). */
const statusFields = new Map<string, readonly string[]>();
for (const row of statusMappings) {
  const key = `${row.provider}\u0000${row.providerKind}`;
  const fields = statusFields.get(key) ?? [];
  if (!fields.includes(row.field)) statusFields.set(key, [...fields, row.field]);
}

/**
 * The provider's own status value of an event, as its status table reads it (Netki `open`, Ondato
 * `Approved`, Shufti `verification.accepted`, Jumio `APPROVED_VERIFIED`): what a person who knows the
 * provider's dashboard recognises.
 */
export function providerStatusOf(event: Pick<NormalizedEvent, "provider" | "providerKind" | "raw">): string | undefined {
  const fields = statusFields.get(`${event.provider}\u0000${event.providerKind}`) ?? [];
  for (const field of fields) {
    if (field === "event" || field === "type") return event.providerKind;
    // A field like `transaction.status/document.status` names two values read together.
    const values = field.split("/").map((path) => asText(at(event.raw, ...path.split("."))));
    if (values.some((value) => value !== undefined)) return values.map((value) => value ?? "").join("/");
  }
  return undefined;
}
