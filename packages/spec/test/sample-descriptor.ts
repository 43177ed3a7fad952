import type { ProviderDescriptor } from "@kyc-webhooks/core";
import * as z from "zod";

/** A small provider, built here so that the generator's behaviour is tested apart from the real packages. */
export function sampleDescriptor() {
  const country = z.string().regex(/^[A-Z]{2}$/).describe("ISO 3166-1 alpha-2 country code.");
  const address = z
    .looseObject({
      street: z.string().max(100).describe("Street and number."),
      country,
    })
    .describe("A postal address.");
  const person = z
    .looseObject({
      name: z.string().describe("Full name."),
      phone: z.e164().optional().describe("Phone number."),
      age: z.number().int().optional(),
      address,
      previousAddresses: z.array(address).optional(),
    })
    .describe("The verified person.");
  const accepted = z
    .looseObject({
      event: z.literal("verification.accepted"),
      reference: z.guid().describe("The verification's reference."),
      person,
      verified: z.union([z.boolean(), z.enum(["true", "false"])]).transform((value) => value === true || value === "true"),
    })
    .describe("The verification was accepted.");
  const scan = z
    .looseObject({
      scanReference: z.string(),
      status: z.enum(["APPROVED", "DENIED"]),
      document: z.looseObject({ type: z.string(), issuingCountry: country }).describe("The scanned document."),
    })
    .describe("A scan result, as a form whose `document` field holds JSON text.");
  const createRequest = z.object({ reference: z.string().min(1), callbackUrl: z.url() }).describe("Starts a verification.");
  const createResponse = z.looseObject({ reference: z.string(), person: person.optional() });
  const apiError = z.looseObject({ message: z.string() }).describe("An error.");

  const descriptor: ProviderDescriptor = {
    provider: "acme",
    title: "Acme Verify",
    servers: [{ url: "https://api.acme.example", description: "Acme production" }],
    webhooks: [
      {
        kind: "verification.accepted",
        summary: "Verification accepted",
        description: "Sent when the verification is accepted.",
        contentType: "application/json",
        schema: accepted,
        security: ["acmeSignature"],
        response: { status: 200, description: "Any 2xx." },
        source: "acme.md",
      },
      {
        kind: "SCAN",
        summary: "Scan result",
        description: "Sent when a scan is processed.",
        contentType: "application/x-www-form-urlencoded",
        schema: scan,
        jsonFields: ["document"],
        security: ["acmeBasic", "acmeOAuth"],
        response: { status: 204, description: "No content." },
        source: "acme-scan.md",
      },
    ],
    operations: [
      {
        operationId: "createVerification",
        method: "post",
        path: "/v1/verifications",
        summary: "Create a verification",
        requestSchema: createRequest,
        requestContentType: "application/json",
        responses: [
          { status: 201, description: "Created.", schema: createResponse },
          { status: 400, description: "Invalid.", schema: apiError },
        ],
        security: ["acmeBearer"],
        source: "acme-api.md",
      },
      {
        operationId: "getVerification",
        method: "get",
        path: "/v1/verifications/{reference}",
        summary: "Get a verification",
        description: "Reads one verification.",
        pathParameters: { reference: z.string().describe("The verification's reference.") },
        queryParameters: { expand: z.enum(["person"]).optional().describe("Include the person."), locale: z.string() },
        responses: [{ status: 200, description: "The verification.", schema: createResponse }],
        security: ["acmeBearer"],
        source: "acme-api.md",
      },
    ],
    objects: { Person: person, Address: address, ApiError: apiError },
    securitySchemes: {
      acmeSignature: { type: "apiKey", in: "header", name: "Signature", description: "SHA-256 of the body and the secret." },
      acmeBasic: { type: "http", scheme: "basic", description: "Basic auth." },
      acmeBearer: { type: "http", scheme: "bearer", description: "API token." },
      acmeOAuth: { type: "oauth2", tokenUrl: "https://receiver.example/oauth/token", description: "Client credentials." },
    },
  };
  return { descriptor, schemas: { accepted, scan, person, address, createRequest, createResponse, apiError } };
}
