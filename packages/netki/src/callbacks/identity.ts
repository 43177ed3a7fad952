import * as z from "zod";
import { accreditationDocumentStatuses, accreditedInvestorStatuses, codesOf, documentStates, genders, identityStates, investorTypes } from "../code-tables.js";
import { countryCodeSchema, netkiDateSchema, netkiDecimalSchema, netkiIntegerIdSchema, netkiTimestampSchema, netkiUuidSchema } from "../formats.js";
import { errorsSchema, rawDataSchema, recordFields } from "./common.js";

/*
 * `transaction.transaction_identity` and its nested collections, as Netki MyVerify, “Transaction Callbacks”'s sample transaction
 * shows them, completed from Netki's later documentation (netkidocs`api/polling.md`, Netki's later documentation, https://github.com/netkicorp/netkidocs).
 * Fields that only the later documentation shows are optional: the provider document's sample (the only Netki
 * callback on record) does not carry them.
 */

const parentIdentity = netkiUuidSchema.describe("The identity this record belongs to.");

export const identityEmailSchema = z
  .looseObject({
    id: netkiUuidSchema.describe("Email record identifier."),
    ...recordFields,
    email: z.string().describe("Email address."),
    identity: parentIdentity,
  })
  .describe("An email address of the identity.");

export const identityPhoneNumberSchema = z
  .looseObject({
    id: netkiUuidSchema.describe("Phone record identifier."),
    ...recordFields,
    phone_number: z.string().describe("Phone number in E.164 format (e.g. +12345550100)."),
    identity: parentIdentity,
  })
  .describe("A phone number of the identity.");

/** An address. Netki MyVerify, “Transaction Callbacks”'s sample repeats the street in `city` (a sample defect, not a format): kept as sent. */
export const identityAddressSchema = z
  .looseObject({
    id: netkiUuidSchema.describe("Address record identifier."),
    ...recordFields,
    address: z.string().nullable().describe("Street address."),
    unit: z.string().nullable().describe("Unit / apartment."),
    city: z.string().nullable().describe("City."),
    state: z.string().nullable().describe("State or province code (e.g. TX)."),
    postalcode: z.string().nullable().describe("Postal code."),
    score: z.number().int().describe("Internal ranking used when more than one address is on file."),
    country_code: countryCodeSchema.nullable().describe("ISO 3166-1 alpha-2 country code."),
    identity: parentIdentity,
  })
  .describe("An address of the identity.");

/** `mime_type` of a document: null in Netki MyVerify, “Transaction Callbacks”, an object in the later documentation. */
export const documentMimeTypeSchema = z
  .looseObject({
    id: z.number().int().describe("Mime type record identifier."),
    media_type: z.string().describe("Media type, e.g. image."),
    extension: z.string().describe("File extension, e.g. jpg."),
    mime_type: z.string().describe("MIME type, e.g. image/jpeg."),
  })
  .describe("The file format of an uploaded document.");

export const documentThumbnailSchema = z
  .looseObject({
    id: netkiUuidSchema.describe("Thumbnail record identifier."),
    name: z.string().describe("Thumbnail name."),
    image: z
      .looseObject({
        full_size: z.string().describe("URL of the full-size image."),
        thumbnail: z.string().describe("URL of the 200x200 thumbnail."),
        medium_square_crop: z.string().describe("URL of the 400x400 crop."),
        small_square_crop: z.string().describe("URL of the 50x50 crop."),
      })
      .describe("Image URLs."),
  })
  .describe("A generated thumbnail of a document.");

export const identityDocumentSchema = z
  .looseObject({
    id: netkiUuidSchema.describe("Document identifier."),
    errors: errorsSchema,
    mime_type: documentMimeTypeSchema.nullable().describe("The file format; null in the provider document's sample."),
    ...recordFields,
    document: z.string().describe("Location (pre-signed URL) of the uploaded document image. The URL expires."),
    document_type: z.string().describe("Document type, for example drivers_license, passport, or selfie (open list)."),
    expiration_date: netkiDateSchema.nullable().describe("Expiration date read from the document, if present."),
    state: z.enum(codesOf(documentStates)).describe("Document processing state."),
    identity: parentIdentity,
    document_classification: z.number().int().nullable().describe("Internal reference to the recognized document type."),
    // Netki MyVerify, “Transaction Callbacks” spells this `contenttype` here (and `contettype` on the transaction). Internal, so optional.
    contenttype: z.number().int().optional().describe("Internal reference identifier; not needed for integration."),
    // Later documentation only (netkidocs api/polling.md):
    country_code: countryCodeSchema.nullable().optional().describe("ISO alpha-2 country code the document was issued in."),
    issue_date: netkiDateSchema.nullable().optional().describe("Issue date read from the document, if present."),
    can_bypass_expiration: z.boolean().optional().describe("Whether an expired document was allowed through."),
    reviewer: z.number().int().nullable().optional().describe("Internal user ID of whoever manually reviewed the document."),
    is_reviewed: z.boolean().optional().describe("Whether a manual review has occurred."),
    reviewed_date: netkiTimestampSchema.nullable().optional().describe("When the manual review happened."),
    identity_document_thumbnail: z.array(documentThumbnailSchema).optional().describe("Generated thumbnails."),
  })
  .describe("An uploaded document (ID image, selfie, ...).");

export const dataProviderSchema = z
  .looseObject({
    id: z.number().int().describe("Data provider identifier."),
    data_provider_type: z
      .looseObject({
        id: z.number().int().describe("Type identifier."),
        type_description: z.string().describe("Type description, e.g. Sanctions and Watchlist Screening."),
        identifier: z.string().describe("Type identifier, e.g. aml."),
      })
      .describe("The kind of check."),
  })
  .describe("The provider of a screening check.");

export const amlSourceNoteSchema = z
  .looseObject({
    name: z.string().describe("Name of the watchlist or source that produced the note."),
    identifier: z.string().describe("Source-assigned identifier."),
    provider_id: z.string().describe("Screening-provider reference ID."),
    aml_source_countries: z
      .array(z.looseObject({ country: z.string().describe("ISO alpha-2 country code."), provider_id: z.string().describe("Screening-provider reference ID.") }))
      .describe("Countries of the listing."),
    listing_started: netkiTimestampSchema.nullable().describe("When the listing started."),
    listing_ended: netkiTimestampSchema.nullable().describe("When the listing ended."),
    related_url: z.string().describe("Reference URL; blank when no public reference applies."),
  })
  .describe("A note on an AML source.");

export const identityDataSourceSchema = z
  .looseObject({
    id: netkiUuidSchema.describe("Record identifier."),
    ...recordFields,
    // Documented as "object | null"; Netki's documentation also shows it as a JSON string (a data source relaying a
    // provider's raw answer): kept as sent.
    raw_data: z.union([rawDataSchema, z.string()]).nullable().describe("Free-form data from the screening check, an object or the provider's answer as a string (e.g. face_match_score, Acuant or ComplyAdvantage responses); shape varies by check type."),
    reference_url: z.string().describe("Reference link for the check, when one applies."),
    comply_search_matches: z.number().int().describe("Number of screening matches found."),
    score: z.string().nullable().describe("Confidence score for the check (a numeric string, e.g. \"29\")."),
    identity: parentIdentity,
    // Netki MyVerify, “Transaction Callbacks” sends the provider's integer id (3); the later documentation an object. Both accepted.
    data_provider: z.union([z.number().int(), dataProviderSchema]).nullable().describe("The provider of the check: an integer id (Netki MyVerify, “Transaction Callbacks”) or an object (later documentation)."),
    is_reviewed: z.boolean().optional().describe("Whether a compliance reviewer has looked at this."),
    reviewed_date: netkiTimestampSchema.nullable().optional().describe("When it was reviewed."),
    aml_source_notes: z.array(amlSourceNoteSchema).optional().describe("AML source notes."),
    aml_hits: z.array(z.looseObject({})).optional().describe("Screening hits, present when a hit was returned (id, name, score, provider_id, match types, assets, info, sources)."),
  })
  .describe("One screening / AML check result.");

export const listingTypeSchema = z
  .looseObject({
    id: z.number().int().describe("Listing type identifier."),
    ...recordFields,
    name: z.string().describe("Category name, e.g. adverse-media-violent-crime or sanctions."),
    description: z.string().describe("Category description."),
    is_flagged: z.boolean().describe("Whether this category flags the identity."),
  })
  .describe("The category of a listing (a sanctions, PEP or adverse-media flag).");

export const identityDataListingSchema = z
  .looseObject({
    id: netkiUuidSchema.describe("Listing identifier."),
    listing_type: listingTypeSchema,
    ...recordFields,
    notes: z.string().nullable().describe("Reviewer notes."),
    identity: parentIdentity,
    provider_id: z.string().optional().describe("Screening-provider reference ID."),
    reviewer: z.string().nullable().optional().describe("Username of whoever reviewed this listing."),
    is_reviewed: z.boolean().optional().describe("Whether it has been reviewed."),
    reviewed_date: netkiTimestampSchema.nullable().optional().describe("When it was reviewed."),
  })
  .describe("A sanction / PEP / adverse-media listing flag.");

export const identityMediaReferenceSchema = z
  .looseObject({
    id: netkiUuidSchema.describe("Record identifier."),
    ...recordFields,
    activity_date: netkiTimestampSchema.describe("Date of the media mention."),
    source: z.string().describe("Source reference (often a URL)."),
    title: z.string().describe("Headline of the media mention."),
    content: z.string().describe("Snippet of the media mention."),
    identity: parentIdentity,
    provider_id: z.string().optional().describe("Screening-provider reference ID."),
    reviewed_by: z.number().int().nullable().optional().describe("Internal user ID of whoever reviewed this mention."),
    reviewed_date: netkiTimestampSchema.nullable().optional().describe("When it was reviewed."),
  })
  .describe("An adverse-media mention found during screening.");

/** `parent_code` and `child_codes[]` entries (netkidocs`api/access_codes.md`). */
export const relatedAccessCodeSchema = z
  .looseObject({
    code: z.string().describe("The access code string."),
    is_active: z.boolean().describe("Whether this code is still available to use."),
    identity: netkiUuidSchema.nullable().optional().describe("The identity that used this code, or null if unused."),
    created: netkiTimestampSchema.describe("When this code was generated."),
  })
  .describe("A parent or child access code.");

/**
 * `identity_access_code`: null in Netki MyVerify, “Transaction Callbacks”'s sample. On a `restarted` transaction the new code is
 * `child_codes[0].code` (Netki's later documentation, https://github.com/netkicorp/netkidocs). Codes may arrive capitalised: compare case-insensitively
 * (Polymesh `cdd.processor.ts`). Only `code` and `child_codes` are relied on by integrators; the rest of
 * the access-code resource is optional here because no captured callback shows it.
 */
export const accessCodeSchema = z
  .looseObject({
    id: netkiUuidSchema.optional().describe("Access code identifier."),
    code: z.string().describe("The access code string given to the customer."),
    identity: netkiUuidSchema.nullable().optional().describe("The identity that used this code, or null if unused."),
    parent_code: relatedAccessCodeSchema.nullable().optional().describe("The code this one restarted from, if any."),
    child_codes: z.array(relatedAccessCodeSchema).describe("Codes issued as restarts of this code; on a restarted transaction the first is the new code."),
    is_active: z.boolean().optional().describe("true while the code is still available to use; false once used."),
    business: netkiUuidSchema.optional().describe("Business this code belongs to."),
    created: netkiTimestampSchema.optional().describe("When the code was generated."),
    updated: netkiTimestampSchema.optional().describe("When the code was last modified."),
  })
  .describe("The access code the customer used.");

/**
 * The Verify Investor vendor's own record, relayed as-is: "not guaranteed to be present or stable"
 * (netkidocs`api/polling.md`). Every key is optional; `created_at` is the vendor's format
 * (`2018-04-30T11:09:10.451-07:00`, milliseconds and an offset), not Netki's.
 */
export const accreditedInvestorRawDataSchema = z
  .looseObject({
    id: z.number().int().optional().describe("Vendor verification request id."),
    status: z.string().optional().describe("Vendor-side status label."),
    message: z.string().optional().describe("Human-readable status message."),
    investor: z.looseObject({ id: z.number().int().optional().describe("Vendor investor id.") }).optional().describe("The vendor's investor record."),
    deal_name: z.string().nullable().optional().describe("Name of the deal being verified for, if applicable."),
    created_at: z.string().optional().describe("When the vendor created the request (vendor's ISO 8601 format with offset)."),
    legal_name: z.string().optional().describe("Legal name on file with the investor-verification workflow."),
    portal_name: z.string().optional().describe("Vendor portal name."),
    webhook_url: z.string().optional().describe("Netki-hosted callback endpoint used internally during processing."),
    investor_url: z.string().optional().describe("The link your customer visits to complete investor verification."),
    redirect_url: z.string().optional().describe("Page the customer's browser returns to after the workflow."),
    internal_status: z.string().optional().describe("Vendor internal status."),
    waiting_for_info: z.boolean().optional().describe("Whether the workflow is waiting on more information."),
    verified_expires_at: z.string().nullable().optional().describe("When a completed verification expires, if applicable."),
  })
  .describe("Informational detail relayed from the investor-verification vendor.");

export const accreditationDocumentStatusSchema = z
  .looseObject({
    id: netkiUuidSchema.describe("Record identifier."),
    status: z.enum(codesOf(accreditationDocumentStatuses)).describe("Status of the uploaded accreditation document."),
    accredited_status: netkiUuidSchema.describe("The parent accreditation record."),
    document: identityDocumentSchema.nullable().describe("The uploaded document."),
  })
  .describe("An accreditation document the customer uploaded.");

export const accreditedInvestorStatusSchema = z
  .looseObject({
    id: netkiUuidSchema.describe("Record identifier."),
    identity: z
      .looseObject({
        id: netkiUuidSchema.describe("Identity identifier."),
        transaction: netkiUuidSchema.describe("Transaction identifier."),
        first_name: z.string().nullable().describe("First name."),
        last_name: z.string().nullable().describe("Last name."),
      })
      .describe("Abbreviated identity reference."),
    ...recordFields,
    status: z.enum(codesOf(accreditedInvestorStatuses)).describe("Accredited-investor verification status."),
    vendor_status: z.string().nullable().describe("Status label from the investor-verification workflow, informational only."),
    raw_data: accreditedInvestorRawDataSchema.nullable().describe("Informational detail relayed from the vendor; not guaranteed to be present or stable."),
    message: z.string().nullable().describe("Human-readable summary of status."),
    identity_document_accreditation_status: z.array(accreditationDocumentStatusSchema).optional().describe("Accreditation documents uploaded (later documentation)."),
    errors: errorsSchema.optional(),
  })
  .describe("Accredited-investor workflow status; null until the identity enters that workflow.");

export const identityJsonObjectSchema = z
  .looseObject({
    id: netkiIntegerIdSchema,
    data: rawDataSchema.describe("Free-form JSON payload defined by your workflow configuration."),
    identity: parentIdentity,
    ...recordFields,
  })
  .describe("A free-form JSON blob attached by your workflow configuration.");

export const declinedFeedbackTextSchema = z
  .looseObject({
    id: netkiUuidSchema.describe("Record identifier."),
    message: z.string().describe("Text of the SMS sent to the customer."),
  })
  .describe("An SMS sent to the customer when a restart was triggered.");

export const geolocationPointSchema = z
  .looseObject({
    longitude: netkiDecimalSchema.describe("Longitude."),
    latitude: netkiDecimalSchema.describe("Latitude."),
  })
  .describe("Where the customer was, if a location was captured.");

const optionalText = (description: string) => z.string().nullable().describe(description);

export const transactionIdentitySchema = z
  .looseObject({
    id: netkiUuidSchema.describe("Identity identifier."),
    identity_emails: z.array(identityEmailSchema).describe("Email addresses."),
    identity_phone_numbers: z.array(identityPhoneNumberSchema).describe("Phone numbers."),
    identity_addresses: z.array(identityAddressSchema).describe("Addresses."),
    identity_documents: z.array(identityDocumentSchema).describe("Uploaded documents."),
    identity_data_sources: z.array(identityDataSourceSchema).describe("AML / screening results."),
    identity_data_listings: z.array(identityDataListingSchema).describe("Sanction / PEP / adverse-media listing flags."),
    identity_media_references: z.array(identityMediaReferenceSchema).describe("Adverse-media mentions found during screening."),
    identity_access_code: accessCodeSchema.nullable().describe("The access code this customer used; on a restart, child_codes[0].code is the new code."),
    identity_accredited_investor_status: accreditedInvestorStatusSchema.nullable().describe("Present only for accredited-investor workflows."),
    identity_json_objects: z.array(identityJsonObjectSchema).describe("Free-form JSON blobs attached by your workflow configuration."),
    errors: errorsSchema,
    ...recordFields,
    first_name: optionalText("First name as captured or provided."),
    last_name: optionalText("Last name as captured or provided."),
    middle_name: optionalText("Middle name."),
    alias: optionalText("Alias."),
    country_code: countryCodeSchema.nullable().describe("ISO alpha-2 country code from the identity document."),
    selected_country_code: countryCodeSchema.nullable().describe("ISO alpha-2 country code the customer selected in the flow."),
    locale: optionalText("Locale the customer used."),
    state: z.enum(codesOf(identityStates)).describe("Legacy identity-level state, not maintained; use the transaction's state."),
    death_date: netkiDateSchema.nullable().describe("Set if a data source flags the person as deceased."),
    birth_location: optionalText("Birth location, if captured."),
    status: z.string().describe("Legacy free-form identity status label (e.g. unknown); not maintained."),
    client_guid: optionalText("The GUID you supplied when creating the transaction; Netki advises one per attempt."),
    birth_date: netkiDateSchema.nullable().describe("Date of birth."),
    gender: z.enum(codesOf(genders)).nullable().describe("Gender."),
    height: optionalText("Height from the document."),
    weight: optionalText("Weight from the document."),
    eye_color: optionalText("Eye color from the document."),
    hair_color: optionalText("Hair color from the document."),
    investor_type: z.enum(codesOf(investorTypes)).nullable().describe("Investor type."),
    ssn: optionalText("Last 4 digits only; the API masks the rest."),
    medical_license: optionalText("Medical license number."),
    insurance_license: optionalText("Insurance license number."),
    drivers_license: optionalText("Driver's license number."),
    passport_number: optionalText("Passport number."),
    is_accredited_investor: z.boolean().describe("Whether this identity is going through (or has completed) accredited-investor verification."),
    title: optionalText("Job title, for corporate-entity signers."),
    ownership_percentage: z.number().int().nullable().describe("Ownership percentage, for corporate-entity signers."),
    notes: optionalText("Free-text notes on the identity."),
    phone_is_validated: z.boolean().describe("Whether the phone number passed validation."),
    transaction: netkiUuidSchema.describe("The transaction this identity belongs to."),
    // Null in Netki's documentation for an identity not (yet) tied to a business.
    business: netkiUuidSchema.nullable().describe("The business this identity belongs to (null when none)."),
    // Later documentation only (Netki's later documentation, https://github.com/netkicorp/netkidocs, netkidocs api/polling.md):
    liveness_score: netkiDecimalSchema.nullable().optional().describe("Selfie liveness score (a number or a decimal string)."),
    resident_number: optionalText("Resident number.").optional(),
    source_of_wealth: optionalText("Captured for some accredited-investor workflows.").optional(),
    tax_id: optionalText("Captured for some corporate-entity workflows.").optional(),
    geolocation_point: geolocationPointSchema.nullable().optional(),
    contenttype: z.number().int().optional().describe("Internal reference identifier; not needed for integration."),
    declined_feedback_texts: z.array(declinedFeedbackTextSchema).optional().describe("SMS messages sent to the customer when a restart was triggered."),
  })
  .describe("The identity going through verification, with everything collected about it.");

export type IdentityEmail = z.infer<typeof identityEmailSchema>;
export type IdentityPhoneNumber = z.infer<typeof identityPhoneNumberSchema>;
export type IdentityAddress = z.infer<typeof identityAddressSchema>;
export type IdentityDocument = z.infer<typeof identityDocumentSchema>;
export type IdentityDataSource = z.infer<typeof identityDataSourceSchema>;
export type ListingType = z.infer<typeof listingTypeSchema>;
export type IdentityDataListing = z.infer<typeof identityDataListingSchema>;
export type IdentityMediaReference = z.infer<typeof identityMediaReferenceSchema>;
export type AccessCode = z.infer<typeof accessCodeSchema>;
export type RelatedAccessCode = z.infer<typeof relatedAccessCodeSchema>;
export type AccreditedInvestorStatus = z.infer<typeof accreditedInvestorStatusSchema>;
export type AccreditedInvestorRawData = z.infer<typeof accreditedInvestorRawDataSchema>;
export type IdentityJsonObject = z.infer<typeof identityJsonObjectSchema>;
export type TransactionIdentity = z.infer<typeof transactionIdentitySchema>;
