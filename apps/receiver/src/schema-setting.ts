import { z } from "zod";

/**
 * A setting declared with its own zod schema (the fan-out's and the personal-data settings): its env name, file key,
 * default, secret flag and description beside the schema that validates it. config.ts reads them with the others.
 */
export interface SchemaSetting<G extends string> {
  readonly group: G;
  readonly env: string;
  readonly key: string;
  readonly kind: "schema";
  readonly description: string;
  readonly default?: string;
  readonly secret?: boolean;
  /** The allowed values, for --help and the docs (enums only). */
  readonly values?: readonly string[];
  readonly min?: number;
  readonly max?: number;
  readonly schema: z.ZodType;
}

/** An integer setting from `min` to `max`, given as text (an environment variable) or as a number (the config file). */
export const intBetween = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
    z.number({ error: `must be an integer from ${min} to ${max}` }).int({ error: `must be an integer from ${min} to ${max}` }).min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }),
  );
