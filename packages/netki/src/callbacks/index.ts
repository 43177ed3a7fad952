import * as z from "zod";
import { businessCallbackSchema } from "./business.js";
import type { BusinessCallback } from "./business.js";
import { transactionCallbackSchema } from "./transaction.js";
import type { TransactionCallback } from "./transaction.js";

/**
 * Netki's callbacks carry no discriminator field: the kinds are told apart by shape
 * (`identity.transaction_identity` for a transaction, `business.parent_business` for a business).
 */
export const callbackKinds = ["transaction", "business"] as const;
export type CallbackKind = (typeof callbackKinds)[number];

/** Schema of each callback kind. */
export const callbackSchemas = {
  transaction: transactionCallbackSchema,
  business: businessCallbackSchema,
} as const satisfies Record<CallbackKind, z.ZodType>;

/** Every Netki callback. A plain union: there is no discriminator to build a discriminated one on. */
export const callbackSchema = z
  .union([transactionCallbackSchema, businessCallbackSchema])
  .describe("A Netki callback: a transaction result or a business (KYB) status.");
export type Callback = z.infer<typeof callbackSchema>;

/**
 * Narrows a callback to a transaction callback. Needed because both kinds keep unknown fields
 * (an index signature), so TypeScript cannot narrow on `"identity" in callback` by itself.
 */
export function isTransactionCallback(callback: Callback): callback is TransactionCallback {
  return typeof callback.identity === "object" && callback.identity !== null && "transaction_identity" in callback.identity;
}

/** Narrows a callback to a business (KYB) callback. */
export function isBusinessCallback(callback: Callback): callback is BusinessCallback {
  return !isTransactionCallback(callback);
}

/** The callback of each kind. */
export interface CallbackOfKind {
  transaction: TransactionCallback;
  business: BusinessCallback;
}

/** Narrows a parsed callback to one kind: `if (hasKind(callback, "transaction")) callback.identity…`. */
export function hasKind<K extends CallbackKind>(callback: Callback, kind: K): callback is CallbackOfKind[K] {
  return kindOf(callback) === kind;
}

/** The kind of an already-parsed callback. */
export function kindOf(callback: Callback): CallbackKind {
  return isTransactionCallback(callback) ? "transaction" : "business";
}
