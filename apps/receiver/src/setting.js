import { z } from "zod";
/** Every setting schema's metadata, as zod metadata: `settingRegistry.get(setting.schema)`. */
export const settingRegistry = z.registry();
/** Declares a setting: registers (a copy of) its schema with its metadata, and reads its facts off the schema. */
export function declare(setting) {
    const { schema, ...meta } = setting;
    const own = schema.clone();
    own.register(settingRegistry, meta);
    return { ...meta, schema: own, ...factsOf(own) };
}
/** Values and bounds of a schema: through a preprocess (a pipe), of an enum, of a list of an enum, of a number. */
export function factsOf(schema) {
    const inner = schema instanceof z.ZodPipe ? schema.out : schema;
    if (inner instanceof z.ZodEnum)
        return { values: inner.options.map(String) };
    if (inner instanceof z.ZodArray && inner.element instanceof z.ZodEnum)
        return { values: inner.element.options.map(String) };
    if (inner instanceof z.ZodNumber) {
        return { ...(inner.minValue === null || !Number.isFinite(inner.minValue) ? {} : { min: inner.minValue }), ...(inner.maxValue === null || !Number.isFinite(inner.maxValue) ? {} : { max: inner.maxValue }) };
    }
    return {};
}
/** An integer setting from `min` to `max`, given as text (an environment variable) or as a number (the config file). */
export const intBetween = (min, max) => z.preprocess((value) => (typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value), z.number({ error: `must be an integer from ${min} to ${max}` }).int({ error: `must be an integer from ${min} to ${max}` }).min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }));
const truthy = new Set(["1", "true", "yes", "on"]);
const falsy = new Set(["0", "false", "no", "off", ""]);
/** true/false, also as 1/0, yes/no, on/off. */
export const flag = () => z.preprocess((value) => (typeof value === "string" ? (truthy.has(value.trim().toLowerCase()) ? true : falsy.has(value.trim().toLowerCase()) ? false : value) : value), z.boolean({ error: "must be true or false (1/0, yes/no)" }));
/** A non-empty string. */
export const text = () => z.string({ error: "must be a string" }).min(1, { error: "must not be empty" });
/** One of `values`. */
export const oneOf = (values) => z.enum(values, { error: `must be one of ${values.join(", ")}` });
/** Splits a comma-separated environment variable; the config file may give an array. */
export function splitList(value) {
    if (typeof value === "string")
        return value.split(",").map((part) => part.trim()).filter((part) => part !== "");
    return value;
}
/** A non-empty comma-separated list of `values`. */
export const listOf = (values) => z.preprocess(splitList, z.array(z.enum(values, { error: `entries must be among ${values.join(", ")}` }), { error: "must be a comma-separated list" }).min(1, { error: "must not be empty" }));
//# sourceMappingURL=setting.js.map