// Where each page is written, relative to dist/. One place, so that links and files agree.
import { anchor, slug } from "./html.js";

export const homePath = "index.html";
export const gettingStartedPath = "getting-started.html";
export const normalizedPath = "normalized/index.html";

/** @param {string} provider */
export const providerPath = (provider) => `providers/${provider}/index.html`;
/** @param {string} provider @param {string} kind */
export const webhookPath = (provider, kind) => `providers/${provider}/webhooks/${slug(kind)}.html`;
/** @param {string} provider @param {string} kind */
export const webhookSchemaPath = (provider, kind) => `providers/${provider}/webhooks/${slug(kind)}.schema.json`;
/** @param {string} provider */
export const operationsPath = (provider) => `providers/${provider}/operations.html`;
/** @param {string} provider @param {string} operationId */
export const operationPath = (provider, operationId) => `${operationsPath(provider)}#${anchor(operationId)}`;
/** @param {string} provider @param {string} scheme */
export const securitySchemePath = (provider, scheme) => `${providerPath(provider)}#security-${anchor(scheme)}`;
/** @param {string} provider */
export const mappingsPath = (provider) => `normalized/${provider}.html`;
