import * as z from "zod";
import { authenticationCallbackSchema } from "./authentication.js";
import type { AuthenticationCallback } from "./authentication.js";
import { documentVerificationCallbackSchema } from "./document-verification.js";
import type { DocumentVerificationCallback } from "./document-verification.js";
import { netverifyIdCallbackSchema } from "./netverify-id.js";
import type { NetverifyIdCallback } from "./netverify-id.js";
import { workflowExecutionCallbackSchema } from "./workflow-execution.js";
import type { WorkflowExecutionCallback } from "./workflow-execution.js";

/**
 * Every callback kind. The first two are Jumio's own `callBackType` values; Document Verification and
 * the platform callback have none, so they get well-named kinds of their own.
 */
export const callbackKinds = ["NETVERIFYID", "NETVERIFY_AUTHENTICATION", "DOCUMENT_VERIFICATION", "WORKFLOW_EXECUTION"] as const;
export type CallbackKind = (typeof callbackKinds)[number];

export const callbackSchemas = {
  NETVERIFYID: netverifyIdCallbackSchema,
  NETVERIFY_AUTHENTICATION: authenticationCallbackSchema,
  DOCUMENT_VERIFICATION: documentVerificationCallbackSchema,
  WORKFLOW_EXECUTION: workflowExecutionCallbackSchema,
} as const;

/**
 * Any Jumio callback (decoded). Not a discriminated union: only two kinds carry a discriminator
 * (`callBackType`); the other two declare it as never-sent, so `switch (callback.callBackType)` still
 * narrows in TypeScript. Use {@link kindOf} or {@link hasKind} to tell all four apart.
 */
export const callbackSchema = z.union([
  netverifyIdCallbackSchema,
  authenticationCallbackSchema,
  documentVerificationCallbackSchema,
  workflowExecutionCallbackSchema,
]);

export type Callback = z.infer<typeof callbackSchema>;

export interface CallbackOfKind {
  NETVERIFYID: NetverifyIdCallback;
  NETVERIFY_AUTHENTICATION: AuthenticationCallback;
  DOCUMENT_VERIFICATION: DocumentVerificationCallback;
  WORKFLOW_EXECUTION: WorkflowExecutionCallback;
}

/** True when the value is one of the {@link callbackKinds}. */
export function isCallbackKind(value: unknown): value is CallbackKind {
  return typeof value === "string" && (callbackKinds as readonly string[]).includes(value);
}

/** The kind of an already-parsed callback: its `callBackType`, or told by its shape. */
export function kindOf(callback: Callback): CallbackKind {
  if (callback.callBackType === "NETVERIFYID") return "NETVERIFYID";
  if (callback.callBackType === "NETVERIFY_AUTHENTICATION") return "NETVERIFY_AUTHENTICATION";
  return "workflowExecution" in callback && typeof callback.workflowExecution === "object" && callback.workflowExecution !== null
    ? "WORKFLOW_EXECUTION"
    : "DOCUMENT_VERIFICATION";
}

/** Narrows a parsed callback to one kind: `if (hasKind(callback, "DOCUMENT_VERIFICATION")) callback.document…`. */
export function hasKind<K extends CallbackKind>(callback: Callback, kind: K): callback is CallbackOfKind[K] {
  return kindOf(callback) === kind;
}
