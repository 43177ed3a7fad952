import * as z from "zod";
import { ondatoIdSchema } from "../formats.js";

/** The setup a resource was created with; Ondato, “IDV integration” shows `{ id, versionId }` on both resources. */
export const setupReferenceSchema = z
  .looseObject({
    id: ondatoIdSchema.describe("Setup ID."),
    versionId: ondatoIdSchema.describe("The setup version the resource applies (setups are versioned; a resource keeps the version it was created with)."),
    // In the IDV API's Swagger example only (mirrored by docs.transactionlink.io), not in Ondato, “IDV integration”.
    overrideId: ondatoIdSchema.optional().describe("Setup override ID (optional; not in Ondato, “IDV integration”)."),
  })
  .describe("The setup the resource was created with.");
export type SetupReference = z.infer<typeof setupReferenceSchema>;

/** A reference to another resource: `{ id }`. */
export const resourceReferenceSchema = z.looseObject({ id: ondatoIdSchema.describe("ID of the referenced resource.") }).describe("A reference to another resource.");
export type ResourceReference = z.infer<typeof resourceReferenceSchema>;
