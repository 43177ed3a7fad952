import { OpenApiBuilder } from "openapi3-ts/oas31";
import type { HeaderObject, MediaTypeObject, OpenAPIObject, OperationObject, ParameterObject, PathItemObject, ResponsesObject, SecurityRequirementObject } from "openapi3-ts/oas31";
import type * as z from "zod";
import type { HttpApiContent, HttpApiDescription, HttpApiRoute } from "@kyc-webhooks/core";
import { attachExamples } from "./examples.js";
import { compare, generatedComment } from "./json-schema-files.js";
import { toJsonSchema, toSharedJsonSchemas } from "./json-schema.js";
import { projectContact, securityScheme, sortMethods } from "./openapi.js";

const componentPrefix = "#/components/schemas/";

/**
 * The OpenAPI 3.1 document of a server's own HTTP API (the receiver's: receiver-openapi.json): `paths`
 * from its routes, the bodies as shared `components` (each schema once, referred to by `$ref`), and its
 * security schemes. The description's examples (each checked against its zod schema) become the components'
 * `examples`, and the objects inside them give the components they contain theirs. Deterministic: paths,
 * components and schemes sorted, methods in a fixed order.
 */
export function buildHttpApiDocument(api: HttpApiDescription): OpenAPIObject {
  const { schemas, ref } = componentSchemas(api);
  const builder = OpenApiBuilder.create({
    openapi: "3.1.0",
    info: { title: api.title, version: api.version, description: `${api.description}\n\n${generatedComment}`, license: { name: "MIT", identifier: "MIT" }, contact: projectContact },
    paths: {},
    components: {},
  });
  for (const server of api.servers) builder.addServer({ ...server });
  const tags = new Set(api.tags.map((tag) => tag.name));
  for (const tag of api.tags) builder.addTag({ ...tag });

  const paths = new Map<string, PathItemObject>();
  const operationIds = new Set<string>();
  const headers = new Map<string, { schema: z.ZodType; header: HeaderObject }>();
  const headerRef: HeaderRef = (name, schema) => {
    const known = headers.get(name);
    if (known && known.schema !== schema) throw new Error(`Two different schemas describe the response header ${name}`);
    if (!known) {
      const { description, ...json } = toJsonSchema(schema);
      headers.set(name, { schema, header: { ...(typeof description === "string" ? { description } : {}), schema: json } });
    }
    return { $ref: `#/components/headers/${name}` };
  };
  for (const route of api.routes) {
    if (operationIds.has(route.operationId)) throw new Error(`Two routes have the operationId ${route.operationId}`);
    operationIds.add(route.operationId);
    if (!tags.has(route.tag)) throw new Error(`${route.operationId} has the tag ${route.tag}, which the description does not list`);
    const item = paths.get(route.path) ?? {};
    if (item[route.method]) throw new Error(`Two routes describe ${route.method.toUpperCase()} ${route.path}`);
    item[route.method] = operation(api, ref, headerRef, route);
    paths.set(route.path, item);
  }
  for (const path of [...paths.keys()].sort(compare)) builder.addPath(path, sortMethods(paths.get(path)!));
  for (const [name, schema] of [...schemas].sort(([a], [b]) => compare(a, b))) builder.addSchema(name, schema);
  for (const name of [...headers.keys()].sort(compare)) builder.addHeader(name, headers.get(name)!.header);
  for (const name of Object.keys(api.securitySchemes).sort(compare)) builder.addSecurityScheme(name, securityScheme(api.securitySchemes[name]!));
  return builder.getSpec();
}

type RefTo = (schema: z.ZodType, where: string) => { $ref: string };
/** A response header is a component of its own (`#/components/headers/<name>`), shared by every answer that carries it. */
type HeaderRef = (name: string, schema: z.ZodType) => { $ref: string };

function componentSchemas(api: HttpApiDescription): { schemas: Map<string, Record<string, unknown>>; ref: RefTo } {
  const named = new Map(Object.entries(api.schemas));
  const nameOf = new Map<z.ZodType, string>([...named].map(([name, schema]) => [schema, name]));
  const ref: RefTo = (schema, where) => {
    const name = nameOf.get(schema);
    if (name === undefined) throw new Error(`${where} names a schema that is not one of the description's schemas: add it there so it gets a component`);
    return { $ref: componentPrefix + name };
  };
  const schemas = toSharedJsonSchemas(named, componentPrefix);
  const examples = new Map<string, readonly unknown[]>();
  for (const [name, values] of Object.entries(api.examples ?? {})) {
    const schema = named.get(name);
    if (schema === undefined) continue;
    values.forEach((value, position) => {
      const parsed = schema.safeParse(value);
      if (!parsed.success) throw new Error(`The example ${String(position)} of ${name} does not parse under its schema: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
    });
    examples.set(name, values);
  }
  attachExamples(schemas, examples, componentPrefix);
  return { schemas, ref };
}

function operation(api: HttpApiDescription, ref: RefTo, headerRef: HeaderRef, route: HttpApiRoute): OperationObject {
  const where = `${route.method.toUpperCase()} ${route.path}`;
  const parameters: ParameterObject[] = [
    ...Object.entries(route.pathParameters ?? {}).map(([name, schema]) => parameter(name, "path", schema)),
    ...Object.entries(route.queryParameters ?? {}).map(([name, schema]) => parameter(name, "query", schema)),
    ...Object.entries(route.headerParameters ?? {}).map(([name, schema]) => parameter(name, "header", schema)),
  ];
  const media = (content: HttpApiContent): MediaTypeObject => (content.schema ? { schema: ref(content.schema, where) } : {});
  const responses: ResponsesObject = {};
  for (const response of [...route.responses].sort((a, b) => a.status - b.status)) {
    if (String(response.status) in responses) throw new Error(`${where} lists the status ${response.status} twice`);
    const headers = Object.entries(response.headers ?? {}).map(([name, schema]) => [name, headerRef(name, schema)] as const);
    responses[String(response.status)] = {
      description: response.description,
      ...(headers.length > 0 ? { headers: Object.fromEntries(headers) } : {}),
      ...(response.content ? { content: { [response.content.contentType]: media(response.content) } } : {}),
    };
  }
  for (const name of route.security) {
    if (!(name in api.securitySchemes)) throw new Error(`${where} refers to the security scheme ${name}, which the description does not define`);
  }
  // Alternatives: any one scheme proves the request; `{}` says that a request without any is accepted too.
  const security: SecurityRequirementObject[] = [...route.security.map((name) => ({ [name]: [] })), ...(route.securityOptional ? [{}] : [])];
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: route.description,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.requestBody
      ? { requestBody: { required: true, description: route.requestBody.description, content: Object.fromEntries(route.requestBody.content.map((content) => [content.contentType, media(content)])) } }
      : {}),
    responses,
    security,
  };
}

/**
 * A parameter from the schema of the value the server works with. A query array travels comma-separated in
 * one parameter (`provider=jumio,netki`), which OpenAPI calls `style: form, explode: false`.
 */
function parameter(name: string, location: "path" | "query" | "header", schema: z.ZodType): ParameterObject {
  const { description, ...json } = toJsonSchema(schema);
  const required = location === "path" || !schema.safeParse(undefined).success;
  const commaSeparated = location === "query" && json["type"] === "array";
  return {
    name,
    in: location,
    required,
    ...(typeof description === "string" ? { description } : {}),
    ...(commaSeparated ? { style: "form", explode: false } : {}),
    schema: json,
  };
}
