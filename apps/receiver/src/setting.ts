import { z } from "zod";

/*
 * A receiver setting is a zod schema with its metadata: the environment variable, the config file key, the default,
 * whether it is a secret, and the description. Each is declared once (config.ts, fanout/config.ts,
 * privacy/config.ts); validation, `--help`, the error messages and the README's settings table all read it.
 */

export interface SettingMeta<G extends string = string> {
  /** The section of `--help` and the README it is listed under. */
  readonly group: G;
  /** Environment variable. */
  readonly env: string;
  /** Key in the JSON config file (dots are nesting: `shufti.secretKey` is `{"shufti": {"secretKey": …}}`). */
  readonly key: string;
  readonly description: string;
  /** The default, as an environment variable would give it; it goes through the schema like any other value. */
  readonly default?: string;
  /** Secrets are never printed, not even in error messages. */
  readonly secret?: boolean;
}

/** A setting: its schema, which takes text (an environment variable) or a JSON value (the config file), and its metadata. */
export interface Setting<G extends string = string> extends SettingMeta<G> {
  readonly schema: z.ZodType;
}

/** What a declared setting's schema says about its values, read from the schema (for `--help` and the docs). */
export interface SettingFacts {
  /** The allowed values (an enumeration, or a list of one). */
  readonly values?: readonly string[];
  /** The smallest and largest number allowed. */
  readonly min?: number;
  readonly max?: number;
}

export type DeclaredSetting<G extends string = string> = Setting<G> & SettingFacts;

/** Every setting schema's metadata, as zod metadata: `settingRegistry.get(setting.schema)`. */
export const settingRegistry = z.registry<SettingMeta>();

/** Declares a setting: registers (a copy of) its schema with its metadata, and reads its facts off the schema. */
export function declare<G extends string>(setting: Setting<G>): DeclaredSetting<G> {
  const { schema, ...meta } = setting;
  const own = schema.clone();
  own.register(settingRegistry, meta);
  return { ...meta, schema: own, ...factsOf(own) };
}

/** Values and bounds of a schema: through a preprocess (a pipe), of an enum, of a list of an enum, of a number. */
export function factsOf(schema: z.ZodType): SettingFacts {
  const inner = schema instanceof z.ZodPipe ? (schema.out as z.ZodType) : schema;
  if (inner instanceof z.ZodEnum) return { values: inner.options.map(String) };
  if (inner instanceof z.ZodArray && inner.element instanceof z.ZodEnum) return { values: (inner.element as z.ZodEnum).options.map(String) };
  if (inner instanceof z.ZodNumber) {
    return { ...(inner.minValue === null || !Number.isFinite(inner.minValue) ? {} : { min: inner.minValue }), ...(inner.maxValue === null || !Number.isFinite(inner.maxValue) ? {} : { max: inner.maxValue }) };
  }
  return {};
}

/** An integer setting from `min` to `max`, given as text (an environment variable) or as a number (the config file). */
export const intBetween = (min: number, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value),
    z.number({ error: `must be an integer from ${min} to ${max}` }).int({ error: `must be an integer from ${min} to ${max}` }).min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }),
  );

const truthy = new Set(["1", "true", "yes", "on"]);
const falsy = new Set(["0", "false", "no", "off", ""]);

/** true/false, also as 1/0, yes/no, on/off. */
export const flag = () =>
  z.preprocess(
    (value) => (typeof value === "string" ? (truthy.has(value.trim().toLowerCase()) ? true : falsy.has(value.trim().toLowerCase()) ? false : value) : value),
    z.boolean({ error: "must be true or false (1/0, yes/no)" }),
  );

/** A non-empty string. */
export const text = () => z.string({ error: "must be a string" }).min(1, { error: "must not be empty" });

/** One of `values`. */
export const oneOf = <T extends string>(values: readonly [T, ...T[]]) => z.enum(values as [T, ...T[]], { error: `must be one of ${values.join(", ")}` });

/** Splits a comma-separated environment variable; the config file may give an array. */
export function splitList(value: unknown): unknown {
  if (typeof value === "string") return value.split(",").map((part) => part.trim()).filter((part) => part !== "");
  return value;
}

/** A non-empty comma-separated list of `values`. */
export const listOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess(
    splitList,
    z.array(z.enum(values as [T, ...T[]], { error: `entries must be among ${values.join(", ")}` }), { error: "must be a comma-separated list" }).min(1, { error: "must not be empty" }),
  );
