import * as z from "zod";
import { codesOf, workflowExecutionStatuses } from "../code-tables.js";
import { httpUrlSchema } from "../fields.js";

/**
 * Jumio's current platform ("KYX") callback: a small JSON body without personal data; the result is
 * fetched from the Retrieval API. Not in the provider documents: docs.jumio.com …/Integration/Callback.htm,
 * mikeyhodl/implementation-guides `api-guide/api_guide.md` @027af73, iron-fish/ironfish-api
 * `src/jumio-kyc/fixtures/callback-expired.ts` (Jumio's platform callback documentation, https://docs.jumio.com/production/Content/Integration/Callback.htm).
 */

export const workflowExecutionSchema = z
  .looseObject({
    id: z.string().min(1).describe("The workflow execution id."),
    // href and definitionKey are in Jumio's examples; an integrator's documented example omits the hrefs.
    href: httpUrlSchema.optional().describe("Retrieval API URL of the workflow execution."),
    definitionKey: z.string().optional().describe("Key of the workflow definition, e.g. \"10013\"."),
    status: z.enum(codesOf(workflowExecutionStatuses)).describe("PROCESSED, SESSION_EXPIRED or TOKEN_EXPIRED."),
  })
  .describe("The workflow execution the callback is about.");

export const accountSchema = z
  .looseObject({
    id: z.string().min(1).describe("The account id."),
    href: httpUrlSchema.optional().describe("Retrieval API URL of the account."),
  })
  .describe("The account the workflow belongs to.");

export const workflowExecutionCallbackSchema = z
  .looseObject({
    callBackType: z.never().optional().describe("Not sent: the platform callback carries no callBackType."),
    // The precision of the fraction is not documented (examples show milliseconds): up to 9 digits.
    callbackSentAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/)
      .describe("When the callback was sent (UTC, ISO 8601)."),
    userReference: z.string().optional().describe("Your reference for the user, as given when the account was created (optional)."),
    workflowExecution: workflowExecutionSchema,
    account: accountSchema,
  })
  .describe("Jumio platform callback (JSON): a workflow execution changed state; fetch the result from the Retrieval API.");

export type WorkflowExecutionCallback = z.infer<typeof workflowExecutionCallbackSchema>;
export type WorkflowExecutionStatus = WorkflowExecutionCallback["workflowExecution"]["status"];
