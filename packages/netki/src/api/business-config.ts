import * as z from "zod";
import { callbackAuthenticationSchemes, codesOf } from "../code-tables.js";
import { netkiUuidSchema } from "../formats.js";
import { paginatedSchema } from "./common.js";

const schemeSchema = z
  .enum(codesOf(callbackAuthenticationSchemes))
  .describe("The selected scheme for callbacks. Current options are: basic and noauth.");

const expectedStatusSchema = z
  .number()
  .int()
  .min(100)
  .max(599)
  .describe("The status your system should give upon a successful callback; only this exact status counts as success. Netki defaults to 200.");

const retryLimitSchema = z
  .number()
  .int()
  .min(1)
  .max(8)
  .describe("How many attempts (the first included, 1 to 8, default 8) Netki makes before pausing callbacks due to errors.");

/** One business configuration, as GET.../config/ lists it (Netki MyVerify, “Transaction Callbacks”). `callback_credentials` is write-only and never shown. */
export const businessConfigSchema = z
  .looseObject({
    id: netkiUuidSchema.describe("The ID of your configuration object; needed to update it."),
    callback_url: z.string().nullable().describe("The URL that Netki sends callbacks to."),
    callback_authentication_scheme: schemeSchema,
    callback_expected_status: expectedStatusSchema,
    callback_retry_limit: retryLimitSchema,
    is_callback_paused: z
      .boolean()
      .describe("Whether callbacks are paused. Paused callbacks are created but not sent; set false and call restart-callbacks to send them."),
    is_callback_enabled: z.boolean().describe("If false, Netki does not even try to send callbacks."),
  })
  .describe("A business's callback configuration.");

/** GET /api/business/businesses/{business_id}/config/ answers a paginated list (Netki MyVerify, “Transaction Callbacks”). */
export const businessConfigListSchema = paginatedSchema(businessConfigSchema, "The business's callback configurations (a paginated list).");

/**
 * Booleans in the config update. Netki MyVerify, “Transaction Callbacks”'s own PUT example sends `"is_callback_enabled": "false"` (a
 * string); Django REST Framework's BooleanField accepts such strings, so the request schema does too.
 * Use {@link netkiBoolean} to read the value.
 */
export const netkiBooleanInputSchema = z
  .union([z.boolean(), z.enum(["true", "false", "True", "False"])])
  .describe("A boolean, or the strings true / false (as Netki MyVerify, “Transaction Callbacks”'s example sends it).");

/** Reads a boolean that may have been sent as a string. */
export function netkiBoolean(value: boolean | "true" | "false" | "True" | "False"): boolean {
  return typeof value === "boolean" ? value : value.toLowerCase() === "true";
}

/**
 * The write-only `callback_credentials`. Netki MyVerify, “Transaction Callbacks” writes it as an object
 * (`{"callback_credentials": {"username": user, "password": pass}}`); Netki's later documentation
 * (netkidocs`api/callbacks2.md`, Netki's callback documentation, https://github.com/netkicorp/netkidocs/blob/master/api/callbacks2.md) says it is a JSON *string* holding that object.
 * Both are accepted; {@link parseCallbackCredentials} reads the string form.
 */
export const callbackCredentialsSchema = z
  .looseObject({
    username: z.string().min(1).describe("The username Netki sends with HTTP Basic."),
    password: z.string().min(1).describe("The password Netki sends with HTTP Basic."),
  })
  .describe("Credentials Netki sends to your callback URL as HTTP Basic.");

/**
 * PUT /api/business/businesses/{business_id}/config/{config_id}/: any subset of the fields (Netki MyVerify, “Transaction Callbacks”).
 * A request we send, so it is checked strictly: a key Netki does not document is a mistake (a typo
 * would be silently ignored by Netki), and choosing `basic` without `callback_credentials` would make
 * Netki send callbacks no receiver can authenticate.
 */
export const businessConfigUpdateRequestSchema = z
  .strictObject({
    callback_url: z.string().nullable().optional().describe("The URL that Netki sends callbacks to."),
    callback_authentication_scheme: schemeSchema.optional(),
    callback_expected_status: expectedStatusSchema.optional(),
    callback_retry_limit: retryLimitSchema.optional(),
    is_callback_paused: netkiBooleanInputSchema.optional().describe("Pause (true) or resume (false) callbacks. Resuming does not resend paused ones: call restart-callbacks."),
    is_callback_enabled: netkiBooleanInputSchema.optional().describe("Enable or disable callbacks."),
    callback_credentials: z
      .union([z.string().min(1), callbackCredentialsSchema])
      .optional()
      .describe('Write-only. For basic auth: a JSON string {"username":..., "password":...} (the provider document shows the object itself). Switching to noauth clears it.'),
  })
  .check((ctx) => {
    if (ctx.value.callback_authentication_scheme === "basic" && ctx.value.callback_credentials === undefined) {
      ctx.issues.push({ code: "custom", path: ["callback_credentials"], input: undefined, message: "Scheme basic needs callback_credentials in the same update" });
    }
  })
  .describe("An update to the business's callback configuration; send only the fields to change.");

export type BusinessConfig = z.infer<typeof businessConfigSchema>;
export type BusinessConfigList = z.infer<typeof businessConfigListSchema>;
export type BusinessConfigUpdateRequest = z.infer<typeof businessConfigUpdateRequestSchema>;
export type CallbackCredentials = z.infer<typeof callbackCredentialsSchema>;
