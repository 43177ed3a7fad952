/**
 * Fixes applied to zod's JSON Schema output so that it means the same thing to every validator and
 * code generator, not only to zod. Each fix is named with its reason; none of them loosens what the
 * wire format may contain except where zod's keyword has no standard meaning.
 */

export type JsonSchema = { [keyword: string]: unknown };

/**
 * The formats JSON Schema draft 2020-12 defines (§7.3). zod also writes its own names (`e164`, `jwt`,
 * `cuid`, `base64`, `emoji`, ...), which other validators do not know: ajv in strict mode refuses them,
 * Python's jsonschema ignores them, and Go and Java generators guess. zod writes a `pattern` next to
 * such a format, so dropping the format keeps the check.
 */
export const standardFormats: ReadonlySet<string> = new Set([
  "date-time",
  "date",
  "time",
  "duration",
  "email",
  "hostname",
  "ipv4",
  "ipv6",
  "uri",
  "uri-reference",
  "uri-template",
  "uuid",
  "json-pointer",
  "relative-json-pointer",
  "regex",
]);

/** Keywords whose value is a schema. */
const schemaKeywords = ["items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema"];
/** Keywords whose value is an array of schemas. */
const schemaArrayKeywords = ["prefixItems", "anyOf", "oneOf", "allOf"];
/** Keywords whose value maps names to schemas. */
const schemaMapKeywords = ["properties", "patternProperties", "$defs", "dependentSchemas"];

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Calls `visit` on a schema and on every subschema below it (keyword-aware: a property named `format` is not a keyword). */
export function walkSchema(schema: JsonSchema, visit: (schema: JsonSchema) => void): void {
  visit(schema);
  for (const keyword of schemaKeywords) {
    const value = schema[keyword];
    if (isSchema(value)) walkSchema(value, visit);
  }
  for (const keyword of schemaArrayKeywords) {
    const value = schema[keyword];
    if (Array.isArray(value)) for (const item of value) if (isSchema(item)) walkSchema(item, visit);
  }
  for (const keyword of schemaMapKeywords) {
    const value = schema[keyword];
    if (isSchema(value)) for (const item of Object.values(value)) if (isSchema(item)) walkSchema(item, visit);
  }
}

/** Applies the fixes below, in place, to a schema and all its subschemas. Returns the same object. */
export function postProcess(schema: JsonSchema): JsonSchema {
  walkSchema(schema, (node) => {
    dropNonStandardFormat(node);
    dropDateFormatBesidePattern(node);
    dropSafeIntegerBounds(node);
    dropEmptyPrefixItems(node);
    dropNeverProperties(node);
  });
  return schema;
}

function dropNonStandardFormat(node: JsonSchema): void {
  if (typeof node["format"] === "string" && !standardFormats.has(node["format"])) delete node["format"];
}

/** The date and time formats, which code generators turn into their language's date types. */
const dateFormats = new Set(["date", "time", "date-time"]);

/**
 * A date or time whose wire form a `pattern` gives exactly (zod writes one next to every `z.iso.*`
 * format; Jumio's `YYYY-MM-DDThh:mm:ss[.SSS]Z`) keeps the pattern and loses the format. With the format,
 * code generators decode the text into a date type and write it back in their own form: quicktype's
 * Python turns `1990-01-01` into a datetime and writes `1990-01-01T00:00:00`, and `...:00.120Z` into
 * `...:00.120000+00:00`, neither of which the provider sends or the schema accepts. The pattern still
 * checks the value in every validator; the description says what the text is.
 */
function dropDateFormatBesidePattern(node: JsonSchema): void {
  if (typeof node["format"] === "string" && dateFormats.has(node["format"]) && typeof node["pattern"] === "string") delete node["format"];
}

/**
 * `z.number().int()` writes JavaScript's safe-integer range as `minimum`/`maximum`. They are not limits
 * any provider documents, and they read as if they were (a Go or Java generator would copy them), so
 * they go; limits a schema sets itself stay.
 */
function dropSafeIntegerBounds(node: JsonSchema): void {
  const integer = node["type"] === "integer" || (Array.isArray(node["type"]) && node["type"].includes("integer"));
  if (!integer) return;
  if (node["minimum"] === Number.MIN_SAFE_INTEGER) delete node["minimum"];
  if (node["maximum"] === Number.MAX_SAFE_INTEGER) delete node["maximum"];
}

/**
 * `z.tuple([])` (an empty array, e.g. PHP's `[]` for an empty object) becomes `"prefixItems": []`, which
 * the draft 2020-12 meta-schema forbids (`prefixItems` needs at least one schema). Without it the schema
 * says the same: `"maxItems": 0` allows only the empty array. Its `items` is `{}`, not `false` (the same
 * meaning, which quicktype refuses: "Array items must be an array or an object"), and present because
 * Spectral's `array-items` asks every array for one.
 */
function dropEmptyPrefixItems(node: JsonSchema): void {
  if (Array.isArray(node["prefixItems"]) && node["prefixItems"].length === 0) delete node["prefixItems"];
  if (node["items"] === false) {
    node["items"] = {};
    node["maxItems"] = Array.isArray(node["prefixItems"]) ? node["prefixItems"].length : 0;
  }
}

/**
 * A property declared as never sent (`z.never().optional()`, so that a TypeScript union can switch on
 * it) becomes `{ "not": {} }`: a placeholder that code generators turn into a field of type null,
 * which they then send. The property is left out instead; the schema's other keywords are unchanged.
 */
function dropNeverProperties(node: JsonSchema): void {
  const properties = node["properties"];
  if (typeof properties !== "object" || properties === null) return;
  for (const [name, schema] of Object.entries(properties as Record<string, JsonSchema>)) {
    const { description: _description, ...rest } = schema;
    if (Object.keys(rest).length === 1 && typeof rest["not"] === "object" && rest["not"] !== null && Object.keys(rest["not"]).length === 0) {
      delete (properties as Record<string, JsonSchema>)[name];
      if (Array.isArray(node["required"])) node["required"] = (node["required"] as string[]).filter((required) => required !== name);
    }
  }
}
