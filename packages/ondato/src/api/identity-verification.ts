import * as z from "zod";
import { codesOf, identityVerificationStatuses } from "../code-tables.js";
import { ondatoDateSchema, ondatoIdSchema, ondatoTimestampSchema } from "../formats.js";
import { resourceReferenceSchema, setupReferenceSchema } from "./setup.js";

/** Ondato, “IDV integration”, step 2: `POST /v1/identity-verifications` with `setupId` in the body. */
export const createIdentityVerificationRequestSchema = z
  .looseObject({
    setupId: ondatoIdSchema.describe("ID of the IDV setup that determines the flow's steps (a setup must exist first)."),
    // The two fields below are in the later revisions of Ondato's guide (pageId 2661810241), not in Ondato, “IDV integration”.
    externalReferenceId: z.string().optional().describe("Your own reference for the verification (optional; later revisions of the guide)."),
    registration: z
      .looseObject({
        dateOfBirth: ondatoDateSchema.optional().describe("Date of birth."),
        email: z.string().optional().describe("Email address."),
        firstName: z.string().optional().describe("First name."),
        middleName: z.string().optional().describe("Middle name."),
        lastName: z.string().optional().describe("Last name."),
        personalCode: z.string().optional().describe("Personal code."),
        // A JSON number in Ondato's example (370624515141), not a string.
        phoneNumber: z.number().optional().describe("Phone number, as a number in Ondato's example."),
        countryCode: z.string().regex(/^[A-Z]{2}$/).optional().describe("Country code, ISO 3166-1 alpha-2 (\"LT\")."),
      })
      .optional()
      .describe("Customer data to prefill (optional; later revisions of the guide)."),
  })
  .describe("Request body of POST /v1/identity-verifications (create identity verification).");
export type CreateIdentityVerificationRequest = z.infer<typeof createIdentityVerificationRequestSchema>;

export const createIdentityVerificationResponseSchema = z
  .looseObject({ id: ondatoIdSchema.describe("ID of the new identity verification; build the customer's URL from it with idvUrl().") })
  .describe("Response of POST /v1/identity-verifications.");
export type CreateIdentityVerificationResponse = z.infer<typeof createIdentityVerificationResponseSchema>;

export const identityVerificationStatusSchema = z
  .enum(codesOf(identityVerificationStatuses))
  .describe("Status of the identity verification: Unfinished, Completed, Aborted, Expired, Pending.");
export type IdentityVerificationStatus = z.infer<typeof identityVerificationStatusSchema>;

export const consentStepSchema = z
  .looseObject({
    // Ondato, “IDV integration” shows no consent id; the IDV API's Swagger example has one.
    id: ondatoIdSchema.optional().describe("Consent ID (optional; not in Ondato, “IDV integration”)."),
    isConsented: z.boolean().describe("Whether the customer accepted the consent agreement."),
    // Absent or null before the customer consents.
    consentedUtc: ondatoTimestampSchema.nullable().optional().describe("When the customer accepted the consent agreement (absent or null before)."),
  })
  .describe("The consent step.");
export type ConsentStep = z.infer<typeof consentStepSchema>;

/**
 * The steps of the verification. Ondato, “IDV integration” shows `kycIdentification` and `consent`; a step is only present
 * once the setup has it and the customer reached it, so every step is optional. The other steps are those
 * of the IDV API's Swagger example.
 */
export const identityVerificationStepSchema = z
  .looseObject({
    kycIdentification: resourceReferenceSchema.optional().describe("The KYC identification of this verification: GET /v1/identifications/{id}."),
    consent: consentStepSchema.optional(),
    kybIdentification: resourceReferenceSchema.optional().describe("The KYB identification (business onboarding), when the setup has one."),
    faceAuthentication: resourceReferenceSchema.optional().describe("The face authentication step, when the setup has one."),
    authenticationSignature: resourceReferenceSchema.optional().describe("The authentication signature step, when the setup has one."),
    documentSignatures: z.array(resourceReferenceSchema).optional().describe("Document signature steps."),
    forms: z.array(resourceReferenceSchema).optional().describe("Form steps."),
  })
  .describe("The steps of the identity verification and the resources they created.");
export type IdentityVerificationStep = z.infer<typeof identityVerificationStepSchema>;

/** Ondato, “IDV integration”: `GET /v1/identity-verifications/{id}`; also the payload of the `IdentityVerification.*` (`Idv.*`) webhooks. */
export const identityVerificationSchema = z
  .looseObject({
    id: ondatoIdSchema.describe("Identity verification ID."),
    status: identityVerificationStatusSchema,
    applicationId: ondatoIdSchema.describe("Internal ID that identifies you (the client application) in Ondato."),
    createdUtc: ondatoTimestampSchema.describe("When the identity verification was created."),
    // In Ondato, “IDV integration”'s example; optional because a verification that was never modified need not carry it.
    modifiedUtc: ondatoTimestampSchema.nullable().optional().describe("When the identity verification was last modified."),
    setup: setupReferenceSchema,
    step: identityVerificationStepSchema.optional(),
    externalReferenceId: z.string().nullable().optional().describe("Your own reference given at creation (optional)."),
  })
  .describe("An identity verification (IDV): the customer's journey through the setup's steps.");
export type IdentityVerification = z.infer<typeof identityVerificationSchema>;
