import { z } from "zod";
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
export declare const settingRegistry: z.core.$ZodRegistry<SettingMeta<string>, z.core.$ZodType<unknown, unknown, z.core.$ZodTypeInternals<unknown, unknown>>>;
/** Declares a setting: registers (a copy of) its schema with its metadata, and reads its facts off the schema. */
export declare function declare<G extends string>(setting: Setting<G>): DeclaredSetting<G>;
/** Values and bounds of a schema: through a preprocess (a pipe), of an enum, of a list of an enum, of a number. */
export declare function factsOf(schema: z.ZodType): SettingFacts;
/** An integer setting from `min` to `max`, given as text (an environment variable) or as a number (the config file). */
export declare const intBetween: (min: number, max: number) => z.ZodPreprocess<z.ZodNumber, unknown>;
/** true/false, also as 1/0, yes/no, on/off. */
export declare const flag: () => z.ZodPreprocess<z.ZodBoolean, unknown>;
/** A non-empty string. */
export declare const text: () => z.ZodString;
/** One of `values`. */
export declare const oneOf: <T extends string>(values: readonly [T, ...T[]]) => z.ZodEnum<{ [k_1 in T]: k_1; } extends infer T_1 ? { [k in keyof T_1]: T_1[k]; } : never>;
/** Splits a comma-separated environment variable; the config file may give an array. */
export declare function splitList(value: unknown): unknown;
/** A non-empty comma-separated list of `values`. */
export declare const listOf: <T extends string>(values: readonly [T, ...T[]]) => z.ZodPreprocess<z.ZodArray<z.ZodEnum<{ [k_1 in T]: k_1; } extends infer T_1 ? { [k in keyof T_1]: T_1[k]; } : never>>, unknown>;
//# sourceMappingURL=setting.d.ts.map