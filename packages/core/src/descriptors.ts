import type * as z from "zod";

/**
 * What a provider package tells the spec generator and the docs about itself: its callback kinds
 * and API operations, each pointing at the zod schema that defines it. Data, not code, so the
 * generated OpenAPI, JSON Schema and the docs site all read the same source.
 */
export interface WebhookDescriptor {
  /** The callback kind, the provider's own discriminator value (`verification.accepted`, `NETVERIFYID`). */
  readonly kind: string;
  /** A short title. */
  readonly summary: string;
  /** The provider document's description. */
  readonly description: string;
  /** The content type the provider sends, e.g. `application/json` or `application/x-www-form-urlencoded`. */
  readonly contentType: string;
  /** The schema of the decoded body. */
  readonly schema: z.ZodType;
  /** For form bodies: the names of fields that hold JSON text (described as `encoding` in OpenAPI). */
  readonly jsonFields?: readonly string[];
  /** For form bodies: fields that hold JSON text only sometimes (the decoder parses them when the text starts with `[` or `{`). */
  readonly maybeJsonFields?: readonly string[];
  /** For form bodies: what the decoder does with a key sent more than once, in words (a JSON object holds each key once). */
  readonly repeatedKeys?: string;
  /** Names of authentication schemes (keys of {@link ProviderDescriptor.securitySchemes}) that apply. */
  readonly security: readonly string[];
  /** What the receiver must answer. */
  readonly response: { readonly status: number; readonly description: string };
  /** Which source document describes it (seed file or public page). */
  readonly source: string;
}

export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: "get" | "post" | "put" | "patch" | "delete";
  /** Path with `{param}` placeholders. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly pathParameters?: Readonly<Record<string, z.ZodType>>;
  readonly queryParameters?: Readonly<Record<string, z.ZodType>>;
  readonly requestSchema?: z.ZodType;
  readonly requestContentType?: string;
  readonly responses: readonly { readonly status: number; readonly description: string; readonly schema?: z.ZodType }[];
  readonly security?: readonly string[];
  /** The servers of this operation when they are not the provider's (`ProviderDescriptor.servers`), first the one to use. */
  readonly servers?: readonly { readonly url: string; readonly description?: string }[];
  readonly source: string;
}

export type SecuritySchemeDescriptor =
  | { readonly type: "http"; readonly scheme: "basic" | "bearer"; readonly description: string }
  | { readonly type: "apiKey"; readonly in: "header"; readonly name: string; readonly description: string }
  | { readonly type: "oauth2"; readonly tokenUrl: string; readonly description: string };

export interface ProviderDescriptor {
  readonly provider: string;
  readonly title: string;
  /** The API server the operations are on. */
  readonly servers?: readonly { readonly url: string; readonly description?: string }[];
  readonly webhooks: readonly WebhookDescriptor[];
  readonly operations: readonly OperationDescriptor[];
  /** Named schemas of API objects (resources, nested objects) worth a component of their own. */
  readonly objects: Readonly<Record<string, z.ZodType>>;
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeDescriptor>>;
}
