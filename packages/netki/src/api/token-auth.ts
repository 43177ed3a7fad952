import * as z from "zod";

/** POST /api/token-auth/ (Netki MyVerify, “Transaction Callbacks”). */
export const tokenAuthRequestSchema = z
  .looseObject({
    username: z.string().min(1).describe("Your API username (provided by your account executive)."),
    password: z.string().min(1).describe("Your API password."),
  })
  .describe("Log in with a username and password.");

/**
 * The token pair. Netki MyVerify, “Transaction Callbacks” shows no response; the JWTs it sends as Bearer carry `token_type: access`
 * (djangorestframework-simplejwt), and Netki's later documentation (netkidocs`api/authentication.md`)
 * shows `{ refresh, access }`.
 */
export const tokenAuthResponseSchema = z
  .looseObject({
    access: z.string().min(1).describe("Short-lived JWT sent as `Authorization: Bearer <access>` on all other requests."),
    refresh: z.string().min(1).describe("Long-lived JWT used to obtain new access tokens at /api/token-refresh/."),
  })
  .describe("An access/refresh token pair.");

export type TokenAuthRequest = z.infer<typeof tokenAuthRequestSchema>;
export type TokenAuthResponse = z.infer<typeof tokenAuthResponseSchema>;
