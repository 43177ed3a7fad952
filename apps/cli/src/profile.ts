import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { formatPath } from "@kyc-webhooks/core";
import * as z from "zod";
import { CliError, UsageError } from "./errors.js";
import { locateField } from "./locate.js";
import type { Env } from "./terminal.js";

/**
 * Profiles: where a receiver is and how to talk to it and to its webhook endpoints, kept in one config file
 * so that `kyc-webhooks send shufti verification.accepted` needs no options. The file is JSON at
 * `$XDG_CONFIG_HOME/kyc-webhooks/config.json` (XDG Base Directory Specification,
 * https://specifications.freedesktop.org/basedir-spec/latest/; `~/.config` when XDG_CONFIG_HOME is unset),
 * or wherever KYC_WEBHOOKS_CONFIG points:
 *
 *   { "default": "local",
 *     "profiles": { "local": { "url": "http://127.0.0.1:8080", "adminToken": "…",
 *                              "shufti": { "secret": "…" }, "netki": { "username": "…", "password": "…" },
 *                              "ondato": { "clientId": "…", "clientSecret": "…" },
 *                              "jumio": { "headers": { "X-Forwarded-For": "34.202.241.227" } } } } }
 *
 * Options win over the environment (KYC_RECEIVER_URL, KYC_ADMIN_TOKEN, KYC_<PROVIDER>_…), which wins over the
 * profile. The file holds secrets: keep it readable by you only (chmod 600).
 */

const basicAuth = { username: z.string().min(1).optional(), password: z.string().optional() };
const headers = z.record(z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, "a header name"), z.string()).optional();

export const profileSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "an http:// or https:// URL" }).optional().describe("The receiver's base URL."),
  adminToken: z.string().min(1).optional().describe("The receiver's admin token (events, replay, listen)."),
  shufti: z.strictObject({ secret: z.string().min(1).optional(), signature: z.enum(["v2", "v1", "both"]).optional(), headers }).optional(),
  netki: z.strictObject({ ...basicAuth, headers }).optional(),
  ondato: z
    .strictObject({ ...basicAuth, token: z.string().min(1).optional(), clientId: z.string().min(1).optional(), clientSecret: z.string().min(1).optional(), tokenUrl: z.url().optional(), headers })
    .optional(),
  jumio: z.strictObject({ ...basicAuth, headers }).optional(),
});

export type Profile = z.infer<typeof profileSchema>;

const configSchema = z.strictObject({
  default: z.string().min(1).optional(),
  profiles: z.record(z.string().min(1), profileSchema),
});

/** The config file's path: KYC_WEBHOOKS_CONFIG, else under XDG_CONFIG_HOME, else under ~/.config. */
export function configPath(env: Env): string {
  if (env.KYC_WEBHOOKS_CONFIG) return env.KYC_WEBHOOKS_CONFIG;
  const base = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith("/") ? env.XDG_CONFIG_HOME : join(env.HOME ?? homedir(), ".config");
  return join(base, "kyc-webhooks", "config.json");
}

export interface LoadedProfile {
  /** The profile's name, or undefined when no config file exists and none was asked for. */
  readonly name: string | undefined;
  readonly profile: Profile;
  readonly path: string;
}

/**
 * The profile to use: `--profile <name>` (or KYC_WEBHOOKS_PROFILE), else the file's `default`, else the one
 * named "default". No config file is no profile, unless one was asked for by name. A broken file is an error
 * that names the field and its place (file:line:col).
 */
export function loadProfile(env: Env, requested: string | undefined): LoadedProfile {
  const path = configPath(env);
  const wanted = requested ?? (env.KYC_WEBHOOKS_PROFILE || undefined);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && wanted === undefined) return { name: undefined, profile: {}, path };
    throw new UsageError(`Cannot read the config file ${path} for profile "${wanted ?? ""}": ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}.`, "Create it (see `kyc-webhooks help profiles`), or set KYC_WEBHOOKS_CONFIG.");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliError(`${path} is not JSON.`, "See `kyc-webhooks help profiles` for the file's shape.");
  }
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? undefined : locateField(text, issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)));
    const field = issue === undefined ? "" : formatPath(issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)));
    // zod's message for an unknown key names the key, not its value; values of this file are never printed.
    throw new CliError(`${path}${where ? `:${where.line}:${where.column}` : ""}: ${field}: ${issue?.code === "unrecognized_keys" ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}` : (issue?.message ?? "invalid")}.`, "See `kyc-webhooks help profiles` for the file's shape.");
  }
  const config = parsed.data;
  const name = wanted ?? config.default ?? ("default" in config.profiles ? "default" : undefined);
  if (name === undefined) return { name: undefined, profile: {}, path };
  const profile = config.profiles[name];
  if (profile === undefined) {
    const names = Object.keys(config.profiles);
    throw new UsageError(`No profile "${name}" in ${path}.`, names.length === 0 ? "The file has no profiles." : `Its profiles: ${names.join(", ")}.`);
  }
  return { name, profile, path };
}

export const profilesHelp = [
  "Profiles keep a receiver's URL, its admin token and each provider's credentials in one file, so that",
  "`kyc-webhooks send shufti verification.accepted` and `kyc-webhooks events list` need no options.",
  "",
  "The file: $XDG_CONFIG_HOME/kyc-webhooks/config.json (~/.config/kyc-webhooks/config.json when unset), or",
  "the path in KYC_WEBHOOKS_CONFIG. Pick a profile with --profile <name> (any command) or KYC_WEBHOOKS_PROFILE;",
  'otherwise the file\'s "default", else the profile named "default".',
  "",
  "  {",
  '    "default": "local",',
  '    "profiles": {',
  '      "local": {',
  '        "url": "http://127.0.0.1:8080",',
  '        "adminToken": "dev-admin-token-not-secret",',
  '        "shufti": { "secret": "dev-shufti-secret-key" },',
  '        "netki": { "username": "netki", "password": "…" },',
  '        "ondato": { "clientId": "…", "clientSecret": "…" },',
  '        "jumio": { "headers": { "X-Forwarded-For": "34.202.241.227" } }',
  "      }",
  "    }",
  "  }",
  "",
  "send then POSTs to <url>/webhooks/<provider> unless --to is given. Ondato takes username/password (HTTP Basic),",
  "token (a bearer token as it is) or clientId/clientSecret [tokenUrl] (a token fetched first, as Ondato does).",
  "Options win over the environment (KYC_RECEIVER_URL, KYC_ADMIN_TOKEN, KYC_SHUFTI_SECRET_KEY, …), which wins",
  "over the profile. The file holds secrets: chmod 600 it.",
].join("\n");
