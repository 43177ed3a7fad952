import type { OperationDescriptor, ProviderDescriptor, SecuritySchemeDescriptor, WebhookDescriptor } from "@kyc-webhooks/core";
import { OpenApiBuilder } from "openapi3-ts/oas31";
import type {
  MediaTypeObject,
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  PathItemObject,
  ResponsesObject,
  SecurityRequirementObject,
  SecuritySchemeObject,
} from "openapi3-ts/oas31";
import type * as z from "zod";
import { generatedComment, compare } from "./json-schema-files.js";
import { toJsonSchema } from "./json-schema.js";
import { operationId, webhookKey, webhookOperationId } from "./naming.js";
import { normalizedSchemaSet, providerSchemaSet } from "./provider-schemas.js";
import type { JsonSchema } from "./post-process.js";
import type { SpecExample } from "./examples.js";
import type { SpecSources } from "./sources.js";

/**
 * The document's own revision, not the package version: a release bumps the package version, and the
 * committed document must not go stale because of that. Raise it when the document's structure changes.
 */
export const openapiDocumentVersion = "1.0.0";

const componentPrefix = "#/components/schemas/";

/** Who answers for the documents (OpenAPI's `info.contact`). */
export const projectContact = { name: "kyc-webhooks maintainers" } as const;
const methods = ["get", "put", "post", "delete", "patch"] as const;

/**
 * The OpenAPI 3.1 document: a `webhooks` entry per callback kind of every provider, `paths` for the
 * providers' API operations, and `components` (schemas and security schemes) that both refer to.
 */
export function buildOpenApiDocument(sources: SpecSources): OpenAPIObject {
  const components = componentSchemas(sources);
  const ref = components.ref;
  const builder = OpenApiBuilder.create({
    openapi: "3.1.0",
    info: {
      title: "kyc-webhooks: KYC provider callbacks and APIs",
      version: openapiDocumentVersion,
      description: [
        "The callbacks that Jumio, Shufti Pro, Ondato and Netki send, and the provider API operations their documents show.",
        "",
        "Each provider's callbacks are under `webhooks` (`<provider>.<kind>`), with the body in the content type the provider really sends,",
        "the answer the provider expects, and how the callback proves where it comes from. The provider API operations the documents show",
        "are under `paths`, each with the provider's server. The normalized event that kyc-webhooks produces from any callback is the",
        "`NormalizedEvent` component.",
        "",
        generatedComment,
      ].join("\n"),
      license: { name: "MIT", identifier: "MIT" },
      contact: projectContact,
    },
    paths: {},
    components: {},
  });

  const providers = [...sources.providers].sort((a, b) => compare(a.provider, b.provider));
  // Every operation names its own provider's server; the document lists them all, as tools expect servers at the top.
  for (const descriptor of providers) for (const server of descriptor.servers ?? []) builder.addServer({ ...server });
  for (const descriptor of providers) builder.addTag({ name: descriptor.provider, description: descriptor.title });

  const webhooks: [string, PathItemObject][] = [];
  const paths = new Map<string, PathItemObject>();
  const operationIds = new Set<string>();
  const claim = (id: string) => {
    if (operationIds.has(id)) throw new Error(`Two operations would have the operationId ${id}`);
    operationIds.add(id);
    return id;
  };
  for (const descriptor of providers) {
    for (const webhook of descriptor.webhooks) {
      const examples = (sources.examples ?? []).filter((example) => example.provider === descriptor.provider && example.kind === webhook.kind && example.response === undefined);
      webhooks.push([webhookKey(descriptor.provider, webhook.kind), { post: webhookOperation(ref, descriptor, webhook, claim(webhookOperationId(descriptor.provider, webhook.kind)), examples) }]);
    }
    for (const operation of descriptor.operations) {
      const item = paths.get(operation.path) ?? {};
      if (item[operation.method]) throw new Error(`Two providers describe ${operation.method.toUpperCase()} ${operation.path}; one OpenAPI document cannot hold both`);
      const answers = (sources.examples ?? []).filter((example) => example.provider === descriptor.provider && example.response?.operationId === operation.operationId);
      item[operation.method] = apiOperation(ref, descriptor, operation, claim(operationId(descriptor.provider, operation.operationId)), answers);
      paths.set(operation.path, item);
    }
  }
  for (const [key, item] of webhooks.sort(([a], [b]) => compare(a, b))) builder.addWebhook(key, item);
  for (const path of [...paths.keys()].sort(compare)) builder.addPath(path, sortMethods(paths.get(path)!));

  for (const [name, schema] of [...components.schemas].sort(([a], [b]) => compare(a, b))) builder.addSchema(name, schema);
  for (const [name, scheme] of securitySchemes(providers)) builder.addSecurityScheme(name, scheme);
  return builder.getSpec();
}

/**
 * The components: each provider's schemas converted together (they refer to each other by `$ref`, and
 * the objects and enums inside them have names of their own), and the normalized event.
 */
function componentSchemas(sources: SpecSources): { schemas: Map<string, JsonSchema>; ref: RefTo } {
  const sets = [
    ...sources.providers.map((descriptor) => providerSchemaSet(descriptor, componentPrefix, true, sources.examples)),
    ...(sources.normalizedEvent ? [normalizedSchemaSet(sources.normalizedEvent, componentPrefix, true, sources.normalizedEventExamples)] : []),
  ];
  const schemas = new Map<string, JsonSchema>();
  const nameOf = new Map<z.ZodType, string>();
  for (const set of sets) {
    for (const [name, schema] of set.schemas) {
      if (schemas.has(name)) throw new Error(`Two different schemas would be the component ${name}`);
      schemas.set(name, schema);
    }
    for (const [schema, name] of set.nameOf) nameOf.set(schema, name);
  }
  const ref: RefTo = (schema) => {
    const name = nameOf.get(schema);
    if (name === undefined) throw new Error("A schema without a component name was referenced");
    return { $ref: componentPrefix + name };
  };
  return { schemas, ref };
}

/** The `$ref` to a schema's component. */
type RefTo = (schema: z.ZodType) => { $ref: string };

function webhookOperation(ref: RefTo, descriptor: ProviderDescriptor, webhook: WebhookDescriptor, id: string, examples: readonly SpecExample[]): OperationObject {
  const media: MediaTypeObject = { schema: ref(webhook.schema) };
  // The provider package's valid fixtures of this kind, by name (for a form body: the decoded form, as the schema describes it).
  if (examples.length > 0) media.examples = Object.fromEntries(examples.map((example) => [example.name, { summary: `Fixture ${example.name}`, value: example.value }]));
  const encoding = [
    // OpenAPI's way to say that a form field holds JSON text: the field's schema is the decoded JSON, its encoding says how it travels.
    ...(webhook.jsonFields ?? []).map((field) => [field, { contentType: "application/json" }] as const),
    // A field that holds JSON only sometimes (Jumio's idScanImageFace: a URL, or a JSON array or object) lists both.
    ...(webhook.maybeJsonFields ?? []).map((field) => [field, { contentType: "text/plain, application/json" }] as const),
  ].sort(([a], [b]) => compare(a, b));
  if (encoding.length > 0) media.encoding = Object.fromEntries(encoding);
  return {
    operationId: id,
    tags: [descriptor.provider],
    summary: webhook.summary,
    description: `${webhook.description}\n\nSource: ${webhook.source}.`,
    requestBody: {
      required: true,
      description: [`The ${webhook.kind} callback body, as ${descriptor.provider} sends it.`, webhook.repeatedKeys ?? ""].filter((part) => part !== "").join(" "),
      content: { [webhook.contentType]: media },
    },
    responses: { [String(webhook.response.status)]: { description: webhook.response.description } },
    ...securityOf(descriptor, webhook.security),
  };
}

/** A provider API operation; `answers` are fixtures of its answers (`response`), shown as the examples of their status's body, each named after its fixture. */
function apiOperation(ref: RefTo, descriptor: ProviderDescriptor, operation: OperationDescriptor, id: string, answers: readonly SpecExample[]): OperationObject {
  const parameters: ParameterObject[] = [
    ...Object.entries(operation.pathParameters ?? {}).map(([name, schema]) => parameter(name, "path", schema)),
    ...Object.entries(operation.queryParameters ?? {}).map(([name, schema]) => parameter(name, "query", schema)),
  ];
  const responses: ResponsesObject = {};
  for (const response of [...operation.responses].sort((a, b) => a.status - b.status)) {
    const examples = answers.filter((example) => example.response?.status === response.status);
    const media: MediaTypeObject | undefined = response.schema ? { schema: ref(response.schema) } : undefined;
    if (media && examples.length > 0) media.examples = Object.fromEntries(examples.map((example) => [example.name, { summary: `Fixture ${example.name}`, value: example.value }]));
    responses[String(response.status)] = { description: response.description, ...(media ? { content: { "application/json": media } } : {}) };
  }
  return {
    operationId: id,
    tags: [descriptor.provider],
    summary: operation.summary,
    description: `${operation.description ? `${operation.description}\n\n` : ""}Source: ${operation.source}.`,
    ...serversOf(operation.servers ?? descriptor.servers),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(operation.requestSchema
      ? { requestBody: { required: true, content: { [operation.requestContentType ?? "application/json"]: { schema: ref(operation.requestSchema) } } } }
      : {}),
    responses,
    ...(operation.security ? securityOf(descriptor, operation.security) : {}),
  };
}

function serversOf(servers: ProviderDescriptor["servers"]): { servers?: { url: string; description?: string }[] } {
  return servers && servers.length > 0 ? { servers: servers.map((server) => ({ ...server })) } : {};
}

function parameter(name: string, location: "path" | "query", schema: z.ZodType): ParameterObject {
  const { description, ...json } = toJsonSchema(schema);
  const required = location === "path" || !schema.safeParse(undefined).success;
  return { name, in: location, required, ...(typeof description === "string" ? { description } : {}), schema: json };
}

/** A callback or operation lists its schemes as alternatives: any one of them proves the request. */
function securityOf(descriptor: ProviderDescriptor, names: readonly string[]): { security: SecurityRequirementObject[] } {
  for (const name of names) {
    if (!(name in descriptor.securitySchemes)) throw new Error(`${descriptor.provider} refers to the security scheme ${name}, which its descriptor does not define`);
  }
  return { security: names.map((name) => ({ [name]: [] })) };
}

function securitySchemes(providers: readonly ProviderDescriptor[]): [string, SecuritySchemeObject][] {
  const schemes = new Map<string, { provider: string; scheme: SecuritySchemeObject }>();
  for (const descriptor of providers) {
    for (const [name, scheme] of Object.entries(descriptor.securitySchemes)) {
      const existing = schemes.get(name);
      if (existing) throw new Error(`${existing.provider} and ${descriptor.provider} both define the security scheme ${name}`);
      schemes.set(name, { provider: descriptor.provider, scheme: securityScheme(scheme) });
    }
  }
  return [...schemes.entries()].sort(([a], [b]) => compare(a, b)).map(([name, { scheme }]) => [name, scheme]);
}

/** A security scheme of a descriptor as OpenAPI writes it. */
export function securityScheme(scheme: SecuritySchemeDescriptor): SecuritySchemeObject {
  switch (scheme.type) {
    case "http":
      return { type: "http", scheme: scheme.scheme, description: scheme.description };
    case "apiKey":
      return { type: "apiKey", in: scheme.in, name: scheme.name, description: scheme.description };
    case "oauth2":
      return { type: "oauth2", description: scheme.description, flows: { clientCredentials: { tokenUrl: scheme.tokenUrl, scopes: {} } } };
  }
}

/** A path item with its operations in a fixed method order. */
export function sortMethods(item: PathItemObject): PathItemObject {
  const sorted: PathItemObject = {};
  for (const method of methods) if (item[method]) sorted[method] = item[method];
  return sorted;
}
