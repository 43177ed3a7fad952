import * as z from "zod";
import { callbackRecordStates, codesOf, completedByValues, genders, investorTypes, requiredFieldDataTypes, transactionPhases, transactionStates } from "../code-tables.js";
import { countryCodeSchema, netkiDecimalSchema, netkiIntegerIdSchema, netkiUuidSchema } from "../formats.js";
import { errorsSchema, recordFields } from "./common.js";
import { transactionIdentitySchema } from "./identity.js";

/*
 * The transaction result: the body of a transaction callback is `{ "identity": <transaction> }`
 * (Netki MyVerify, “Transaction Callbacks”'s "sample transaction result"; PolymeshAssociation/cdd-onboarding reads
 * `identity.transaction_identity` and `identity.state` from it). Despite its key, `identity` holds the
 * transaction: its `id` is the transaction id, and the identity proper is `transaction_identity`.
 */

const nullableText = (description: string) => z.string().nullable().describe(description);
const nullableInt = (description: string) => z.number().int().nullable().describe(description);

export const transactionMetadataSchema = z
  .looseObject({
    id: netkiIntegerIdSchema.describe("Record identifier."),
    ...recordFields,
    country_code: countryCodeSchema.nullable().describe("ISO alpha-2 country code."),
    state: nullableText("US state / province code, when applicable."),
    gender: z.enum(codesOf(genders)).nullable().describe("Gender."),
    // Netki MyVerify, “Transaction Callbacks” only; the later documentation has birth_year instead.
    birth_date: nullableText("Date of birth (Netki MyVerify, “Transaction Callbacks”; later replaced by birth_year).").optional(),
    locale: nullableText("Locale used during the flow."),
    app_name: nullableText("Client application name, when supplied."),
    platform: nullableText("Client platform, when supplied."),
    platform_version: nullableText("Client platform version, when supplied."),
    app_version: nullableText("Client application version, when supplied."),
    sdk_version: nullableText("SDK version, when supplied."),
    // Netki MyVerify, “Transaction Callbacks” only (later split into sanction_hits / pep_hits / warning_hits):
    data_hits: nullableInt("Count of data (screening) hits (Netki MyVerify, “Transaction Callbacks”).").optional(),
    media_hits: nullableInt("Count of adverse-media hits."),
    face_match_score: netkiDecimalSchema.nullable().describe("Face-match score (an integer in the documents; a decimal string from Django REST framework)."),
    // Netki MyVerify, “Transaction Callbacks” only:
    quality_score: nullableInt("Image quality score (Netki MyVerify, “Transaction Callbacks”).").optional(),
    transaction: netkiUuidSchema.describe("Parent transaction."),
    // Later documentation only (netkidocs api/polling.md "transaction_metadata fields"):
    birth_year: nullableInt("Birth year only.").optional(),
    platform_version_name: nullableText("Client platform version name.").optional(),
    brand: nullableText("Device brand.").optional(),
    device: nullableText("Device.").optional(),
    display: nullableText("Device display.").optional(),
    hardware: nullableText("Device hardware.").optional(),
    manufacturer: nullableText("Device manufacturer.").optional(),
    model: nullableText("Device model.").optional(),
    product: nullableText("Device product.").optional(),
    sanction_hits: nullableInt("Count of sanction hits.").optional(),
    pep_hits: nullableInt("Count of PEP hits.").optional(),
    warning_hits: nullableInt("Count of warning hits.").optional(),
    liveness_face_match_score: netkiDecimalSchema.nullable().optional().describe("Liveness face-match score."),
    document_classifications: z.looseObject({}).nullable().optional().describe("Internal document-classification detail."),
    provider_calls: z.looseObject({}).nullable().optional().describe("Internal diagnostic detail; not guaranteed to be present."),
    investor_type: z.enum(codesOf(investorTypes)).nullable().optional().describe("Investor type."),
    accredited_investor_status: nullableText("Mirrors identity_accredited_investor_status.status, when applicable.").optional(),
    client_guid: nullableText("The GUID you supplied when creating the transaction.").optional(),
    is_country_phone_mismatch: z.boolean().optional().describe("Whether the phone number's country didn't match the identity's country."),
    is_selected_id_country_mismatch: z.boolean().optional().describe("Whether the selected country didn't match the ID's issuing country."),
    center_face_attempts: nullableInt("Liveness attempts, center pose.").optional(),
    center_face_count_pass: nullableInt("Liveness passes, center pose.").optional(),
    center_face_count_fail: nullableInt("Liveness failures, center pose.").optional(),
    turn_right_face_attempts: nullableInt("Liveness attempts, right-turn pose.").optional(),
    turn_right_face_count_pass: nullableInt("Liveness passes, right-turn pose.").optional(),
    turn_right_face_count_fail: nullableInt("Liveness failures, right-turn pose.").optional(),
    turn_left_face_attempts: nullableInt("Liveness attempts, left-turn pose.").optional(),
    turn_left_face_count_pass: nullableInt("Liveness passes, left-turn pose.").optional(),
    turn_left_face_count_fail: nullableInt("Liveness failures, left-turn pose.").optional(),
    liveness_score: netkiDecimalSchema.nullable().optional().describe("Overall liveness score (a number or a decimal string)."),
    acuant_alerts: z.array(z.unknown()).optional().describe("Document-authentication alerts raised during processing (usually empty)."),
    audit_logs: z.array(z.unknown()).optional().describe("Internal record of administrative actions on this transaction."),
  })
  .describe("Aggregated processing detail for the transaction.");

/**
 * A callback delivery record (get-callbacks, and `transaction_callbacks[]` inside a transaction).
 * Inside a callback body the entries omit `response_raw` (Netki's callback documentation, https://github.com/netkicorp/netkidocs/blob/master/api/callbacks2.md), so it is optional.
 */
export const callbackRecordSchema = z
  .looseObject({
    id: netkiIntegerIdSchema.describe("Callback attempt identifier."),
    ...recordFields,
    state: z.enum(codesOf(callbackRecordStates)).describe("Delivery state of the callback."),
    response_raw: z.string().max(2000).nullable().optional().describe("The raw response body your endpoint returned (stored up to 2000 characters). Omitted inside callback bodies."),
    status_code: z.number().int().nullable().describe("The HTTP status your endpoint returned."),
    callback_duration: z
      .string()
      .regex(/^\d+(?:\.\d+)?$/)
      .nullable()
      .describe("Seconds the callback attempt took, as a decimal string (e.g. 0.0088900000)."),
    callback_url: z.string().nullable().describe("The URL the callback was sent to."),
    callback_counter: z.number().int().describe("Attempt number for this callback."),
    transaction: netkiUuidSchema.describe("Parent transaction."),
  })
  .describe("One callback delivery for a transaction.");

export const transactionNoteSchema = z
  .looseObject({
    id: netkiIntegerIdSchema.describe("Note identifier."),
    ...recordFields,
    note: z.string().describe("Note text; typically records why a state change happened."),
    transaction: netkiUuidSchema.describe("Parent transaction."),
    created_by: z.number().int().nullable().describe("Internal user ID that created the note, if any."),
  })
  .describe("A timestamped note recorded as the transaction changed state.");

export const transactionDeclinedReasonSchema = z
  .looseObject({ reason: z.string().describe("The decline reason text.") })
  .describe("A structured decline reason attached to a failed transaction.");

export const requiredFieldSchema = z
  .looseObject({
    id: netkiIntegerIdSchema.describe("Field identifier."),
    name: z.string().describe("Internal field name."),
    data_type: z.enum(codesOf(requiredFieldDataTypes)).describe("Type of the field's value."),
    label: z.string().describe("Display label."),
    description: z.string().describe("Display description."),
    regex: z.string().nullable().describe("Validation pattern, if any."),
    keypad: z.string().nullable().describe("Suggested input keypad, if any."),
    options: z
      .array(z.looseObject({ key: z.string().describe("Option key."), position: z.number().int().describe("Option position."), label: z.string().describe("Option label.") }))
      .describe("For list fields: the selectable options."),
    ...recordFields,
  })
  .describe("An extra workflow field configured for your business (usually none).");

export const transactionSchema = z
  .looseObject({
    id: netkiUuidSchema.describe("Transaction identifier; make your processing idempotent on it (callbacks are retried and re-sent)."),
    client: netkiUuidSchema.describe("The business this transaction belongs to."),
    // Netki's current documentation types both "object | null" (netkidocs api/polling.md, "Transaction
    // fields (top level)"), and payloads built from it leave transaction_metadata out: the documentation
    // wins over the provider document's sample, which always has both.
    transaction_identity: transactionIdentitySchema.nullable(),
    transaction_metadata: transactionMetadataSchema.nullable().optional(),
    transaction_callbacks: z.array(callbackRecordSchema).describe("Callback delivery attempts for this transaction."),
    required_fields: z.array(requiredFieldSchema).describe("Extra workflow fields your business has configured."),
    errors: errorsSchema,
    ...recordFields,
    state: z.enum(codesOf(transactionStates)).describe("Transaction state. completed is 'Approved' and failed is 'Declined' on the dashboard."),
    notes: z.string().nullable().describe("Legacy free-text notes; a plain-language summary of why a transaction is on hold or failed."),
    // Netki MyVerify, “Transaction Callbacks” spells it `contettype` (sic); Netki's docs later spell it `contenttype` (@26cacde) and
    // finally drop it (@b7a3f2e). Internal and meaningless to a receiver: either, both or neither.
    contettype: z.number().int().optional().describe("Internal reference identifier (Netki MyVerify, “Transaction Callbacks”'s spelling); not needed for integration."),
    contenttype: z.number().int().optional().describe("Internal reference identifier (later spelling); not needed for integration."),
    // Added in Netki's later documentation (Netki's later documentation, https://github.com/netkicorp/netkidocs); the provider document's sample has none of them.
    phase: z.enum(codesOf(transactionPhases)).optional().describe("Current processing phase; informational only, do not rely on it."),
    completed_by: z.enum(codesOf(completedByValues)).nullable().optional().describe("system if an automated process last changed the state, user if a person did."),
    transaction_notes: z.array(transactionNoteSchema).optional().describe("Timestamped notes recorded as the transaction changed state."),
    transaction_declined_reasons: z.array(transactionDeclinedReasonSchema).optional().describe("Structured decline reasons attached to a failed transaction."),
  })
  .describe("A Netki transaction: the master record of one person's verification.");

export const transactionCallbackSchema = z
  .looseObject({
    identity: transactionSchema.describe("The transaction (its id is the transaction id; the person is transaction_identity)."),
  })
  .describe("Transaction callback: the transaction result, sent when a transaction finishes processing or changes state.");

export type TransactionMetadata = z.infer<typeof transactionMetadataSchema>;
export type CallbackRecord = z.infer<typeof callbackRecordSchema>;
export type TransactionNote = z.infer<typeof transactionNoteSchema>;
export type TransactionDeclinedReason = z.infer<typeof transactionDeclinedReasonSchema>;
export type RequiredField = z.infer<typeof requiredFieldSchema>;
export type Transaction = z.infer<typeof transactionSchema>;
export type TransactionCallback = z.infer<typeof transactionCallbackSchema>;
export type TransactionState = Transaction["state"];
