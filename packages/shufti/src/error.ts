import * as z from "zod";
import { phpObject } from "./php-object.js";

/** The structured form of an error: which service and key of the request it is about. */
export const errorDetailSchema = z
  .looseObject({
    service: z.string().describe("The service of the request the error is about (e.g. `document`); empty when it concerns the whole request."),
    key: z.string().describe("The key of the request the error is about (e.g. `dob`); empty when it concerns the whole request."),
    message: z.string().describe("What is wrong, in Shufti's words (e.g. `The dob does not match the format Y-m-d.`)."),
  })
  .describe("An error about one parameter of the verification request.");
export type ErrorDetail = z.infer<typeof errorDetailSchema>;

/**
 * `error` comes in three shapes (Shufti Pro, “Response Events”; captured Shufti Pro callbacks in integrators' public code, zoran759/Go-KYC-Microservice
 * `integrations/shuftipro/client_test.go`): `""` when there is none, an object `{service, key, message}`,
 * or a plain message string. As an object-valued field it may also be PHP's empty `[]`.
 */
/**
 * `{ "errors": [...] }`: a list of errors, which integrators' clients guard against (zoran759/Go-KYC-Microservice
 * `integrations/shuftipro/client_test.go`); each entry a message or a `{service, key, message}` object.
 */
export const errorListSchema = z
  .looseObject({ errors: z.array(z.union([z.string(), errorDetailSchema])).describe("The errors, each a message or an object naming the service and key.") })
  .describe("Several errors at once.");
export type ErrorList = z.infer<typeof errorListSchema>;

function isErrorList(error: object): error is ErrorList {
  return Array.isArray((error as { errors?: unknown }).errors);
}

export const errorSchema = z
  .union([z.string().describe("`\"\"` when there is no error, otherwise the error as a plain message."), errorListSchema, phpObject(errorDetailSchema)])
  .describe("The error of the request: empty string when there is none, a message, or an object naming the service and key.");
export type ShuftiError = z.infer<typeof errorSchema>;

/** The error message, or undefined when there is none (`""`, `[]` or absent). */
export function errorMessage(error: ShuftiError | undefined): string | undefined {
  if (error === undefined || error === "" || Array.isArray(error)) return undefined;
  if (typeof error === "string") return error;
  if (isErrorList(error)) {
    const messages = error.errors.map((entry) => (typeof entry === "string" ? entry : entry.message)).filter((message) => message !== "");
    return messages.length === 0 ? undefined : messages.join("; ");
  }
  return error.message;
}
