import type { SecuritySchemeDescriptor } from "@kyc-webhooks/core";
import type { z } from "zod";

/*
 * What a server's own HTTP API tells the generator about itself (the receiver's `receiverApi`): its routes,
 * each body and parameter a zod schema. The same shape as `HttpApiDescription` of @kyc-webhooks/receiver,
 * declared here because this package is published and the receiver is not; src/bin/project-sources.ts
 * assigns the receiver's description to this type, so the two cannot drift apart unnoticed.
 */

export interface HttpApiContent {
  readonly contentType: string;
  /** One of {@link HttpApiDescription.schemas}; none when any body of that content type is taken. */
  readonly schema?: z.ZodType;
}

export interface HttpApiResponse {
  readonly status: number;
  readonly description: string;
  readonly content?: HttpApiContent;
  /** Response headers, each a schema whose `.describe()` text becomes the header's description. */
  readonly headers?: Readonly<Record<string, z.ZodType>>;
}

export interface HttpApiRoute {
  readonly operationId: string;
  readonly method: "get" | "post" | "put" | "patch" | "delete";
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly description: string;
  readonly pathParameters?: Readonly<Record<string, z.ZodType>>;
  /** As the values the server works with; an array is sent comma-separated (`style: form, explode: false`). */
  readonly queryParameters?: Readonly<Record<string, z.ZodType>>;
  readonly headerParameters?: Readonly<Record<string, z.ZodType>>;
  readonly requestBody?: { readonly description: string; readonly content: readonly HttpApiContent[] };
  readonly responses: readonly HttpApiResponse[];
  /** Security scheme names, as alternatives; empty: none. */
  readonly security: readonly string[];
  /** True when a request without any of them can be accepted too. */
  readonly securityOptional?: boolean;
}

export interface HttpApiDescription {
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly servers: readonly { readonly url: string; readonly description?: string }[];
  readonly tags: readonly { readonly name: string; readonly description: string }[];
  readonly routes: readonly HttpApiRoute[];
  /** The components: every body schema a route names, by name. */
  readonly schemas: Readonly<Record<string, z.ZodType>>;
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeDescriptor>>;
}
