import type { SecuritySchemeDescriptor } from "./descriptors.js";
import type * as z from "zod";

/*
 * How a server's own HTTP API (the receiver's) describes itself to @kyc-webhooks/spec, which writes it as
 * an OpenAPI 3.1 document (receiver-openapi.json). Data, not code, like the provider descriptors: every body
 * and parameter points at the zod schema the server uses. OperationDescriptor describes a provider's API
 * from outside and does not fit a server's own routes (several request content types, non-JSON answers,
 * response headers, optional authentication), hence these types. They live here because both the receiver
 * (private) and the published spec package need them.
 */

/** A request or response body in one content type. */
export interface HttpApiContent {
  /** e.g. `application/json`, `application/x-www-form-urlencoded`, `text/plain`. */
  readonly contentType: string;
  /** The body's schema, one of {@link HttpApiDescription.schemas}; none when any body of that type is taken. */
  readonly schema?: z.ZodType;
}

export interface HttpApiResponse {
  readonly status: number;
  readonly description: string;
  readonly content?: HttpApiContent;
  /** Response headers, each a schema with a `.describe()` text. */
  readonly headers?: Readonly<Record<string, z.ZodType>>;
}

export interface HttpApiRoute {
  /** Unique in the API, lowerCamelCase. */
  readonly operationId: string;
  readonly method: "get" | "post" | "put" | "patch" | "delete";
  /** Path with `{param}` placeholders. */
  readonly path: string;
  /** One of {@link HttpApiDescription.tags}. */
  readonly tag: string;
  readonly summary: string;
  readonly description: string;
  readonly pathParameters?: Readonly<Record<string, z.ZodType>>;
  /**
   * Query parameters as the values the server works with; an array is sent comma-separated
   * (`provider=jumio,netki`: OpenAPI's `style: form, explode: false`). A schema that accepts undefined is optional.
   */
  readonly queryParameters?: Readonly<Record<string, z.ZodType>>;
  readonly headerParameters?: Readonly<Record<string, z.ZodType>>;
  readonly requestBody?: { readonly description: string; readonly content: readonly HttpApiContent[] };
  readonly responses: readonly HttpApiResponse[];
  /** Names of {@link HttpApiDescription.securitySchemes}, as alternatives: any one proves the request. Empty: none. */
  readonly security: readonly string[];
  /** True when a request without any of them can be accepted too (a check OpenAPI cannot express, or one the configuration turns off). */
  readonly securityOptional?: boolean;
}

export interface HttpApiDescription {
  readonly title: string;
  /** The API's own revision (not a package version): raise it when the API changes. */
  readonly version: string;
  readonly description: string;
  readonly servers: readonly { readonly url: string; readonly description?: string }[];
  readonly tags: readonly { readonly name: string; readonly description: string }[];
  readonly routes: readonly HttpApiRoute[];
  /** Every body schema a route names, under its component name; schemas inside them that are listed here are referenced, not copied. */
  readonly schemas: Readonly<Record<string, z.ZodType>>;
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeDescriptor>>;
  /**
   * Values of the named schemas as they travel (JSON), by component name: each must parse under its schema. The
   * document shows them as the component's `examples`, and inside them finds examples of the components they contain.
   */
  readonly examples?: Readonly<Record<string, readonly unknown[]>>;
}
