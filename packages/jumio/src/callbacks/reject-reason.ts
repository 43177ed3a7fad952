import * as z from "zod";
import { codesOf, rejectReasonDetails, rejectReasons } from "../code-tables.js";

const detailCodes = codesOf(rejectReasonDetails);
const detailDescriptions = rejectReasonDetails.map((entry) => entry.description) as [string, ...string[]];

export const rejectReasonDetailSchema = z
  .looseObject({
    detailsCode: z.enum(detailCodes).describe("Reject reason detail code (max. 5), see `rejectReasonDetails` code table."),
    detailsDescription: z
      .enum(detailDescriptions as [(typeof rejectReasonDetails)[number]["description"], ...(typeof rejectReasonDetails)[number]["description"][]])
      .describe("Reject reason detail description (max. 32)."),
  })
  .describe("One reject reason detail.");

/**
 * Jumio, “Callback” (newer edition) says "JSON array containing JSON objects"; Jumio's later guide says "JSON object (if only one
 * item is returned) or JSON array", and integrators test both (captured Jumio callbacks in integrators' public test suites): both are accepted.
 */
export const rejectReasonDetailsSchema = z
  .union([z.array(rejectReasonDetailSchema), rejectReasonDetailSchema])
  .describe("Reject reason details if rejectReasonCode = 100 or 200: a JSON array of objects, or a single object when only one item is returned.");

type RejectReasonEntry = (typeof rejectReasons)[number];
type FamilyCodes<S extends RejectReasonEntry["status"]> = Extract<RejectReasonEntry, { status: S }>["code"];
type FamilyDescriptions<S extends RejectReasonEntry["status"]> = Extract<RejectReasonEntry, { status: S }>["description"];

function family<S extends RejectReasonEntry["status"]>(status: S) {
  const entries = rejectReasons.filter((entry) => entry.status === status);
  return {
    codes: entries.map((entry) => entry.code) as [FamilyCodes<S>, ...FamilyCodes<S>[]],
    descriptions: entries.map((entry) => entry.description) as [FamilyDescriptions<S>, ...FamilyDescriptions<S>[]],
  };
}

function rejectReasonSchemaOf<C extends string, D extends string>(codes: [C, ...C[]], descriptions: [D, ...D[]], description: string) {
  return z
    .looseObject({
      rejectReasonCode: z.enum(codes).describe("Reject reason code (max. 5), see the `rejectReasons` code table."),
      rejectReasonDescription: z.enum(descriptions).describe("Reject reason description (max. 64)."),
      rejectReasonDetails: rejectReasonDetailsSchema.optional(),
    })
    .describe(description);
}

const fraud = family("DENIED_FRAUD");
const notReadable = family("ERROR_NOT_READABLE_ID");

/** Reject reason of a DENIED_FRAUD callback: codes 100, 105–111. */
export const fraudRejectReasonSchema = rejectReasonSchemaOf(fraud.codes, fraud.descriptions, "Reject reason as JSON object if verificationStatus = DENIED_FRAUD.");

/** Reject reason of an ERROR_NOT_READABLE_ID callback: codes 102–104, 200–212, 300. */
export const notReadableRejectReasonSchema = rejectReasonSchemaOf(
  notReadable.codes,
  notReadable.descriptions,
  "Reject reason as JSON object if verificationStatus = ERROR_NOT_READABLE_ID.",
);

/** Any documented reject reason (both families). */
export const rejectReasonSchema = rejectReasonSchemaOf(
  codesOf(rejectReasons),
  rejectReasons.map((entry) => entry.description) as [RejectReasonEntry["description"], ...RejectReasonEntry["description"][]],
  "Reject reason as JSON object if verificationStatus = DENIED_FRAUD or ERROR_NOT_READABLE_ID.",
);

export type RejectReasonDetail = z.infer<typeof rejectReasonDetailSchema>;
export type RejectReason = z.infer<typeof rejectReasonSchema>;
export type FraudRejectReason = z.infer<typeof fraudRejectReasonSchema>;
export type NotReadableRejectReason = z.infer<typeof notReadableRejectReasonSchema>;

/** The details of a reject reason as a list, whichever of the two shapes Jumio sent. */
export function rejectReasonDetailList(reason: { readonly rejectReasonDetails?: RejectReasonDetail | readonly RejectReasonDetail[] | undefined }): readonly RejectReasonDetail[] {
  const details = reason.rejectReasonDetails;
  if (details === undefined) return [];
  return Array.isArray(details) ? details : [details as RejectReasonDetail];
}
