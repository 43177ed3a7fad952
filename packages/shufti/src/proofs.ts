import * as z from "zod";
import { phpObject } from "./php-object.js";

const link = (description: string) => z.string().optional().describe(description);

/** The proofs Shufti kept for one service: links to the images or video the end-user gave. */
export const serviceProofsSchema = z
  .looseObject({
    proof: link("Link to the proof (image or video) of this service."),
    additional_proof: link("Link to the additional proof (e.g. the document's back side), when there is one."),
  })
  .describe("The proofs of one service (document, document_two, address, face, consent).");
export type ServiceProofs = z.infer<typeof serviceProofsSchema>;

/**
 * `proofs`: links to what Shufti kept of a finished verification, per service, plus the access token the
 * links need and the verification's video and report. Not in Shufti Pro, “Response Events”'s samples; seen in real responses
 * (integrators' code reads `proofs.access_token`, `proofs.verification_video`, `proofs.verification_report`)
 * and in a captured accepted callback. Shufti serves the links only with the access token; they expire.
 */
export const proofsSchema = z
  .looseObject({
    document: phpObject(serviceProofsSchema).optional(),
    document_two: phpObject(serviceProofsSchema).optional(),
    address: phpObject(serviceProofsSchema).optional(),
    face: phpObject(serviceProofsSchema).optional(),
    consent: phpObject(serviceProofsSchema).optional(),
    access_token: link("Token to send when fetching the links (they are served only with it)."),
    verification_video: link("Link to the video of the verification session, when recorded."),
    verification_report: link("Link to the verification report (PDF)."),
  })
  .describe("Links to the proofs Shufti kept, per service, and to the session's video and report.");
export type Proofs = z.infer<typeof proofsSchema>;
