/**
 * Every name the generated documents use, in one place: the `$id`s and file paths of the JSON Schema
 * files, the OpenAPI component names, webhook keys and operationIds. Names are built from the provider
 * descriptors only, so a new callback kind gets its names without touching this package.
 */

/** The base of every `$id`: a project URL that names the schemas; validators never fetch it. */
export const schemaBaseUrl = "https://kyc-webhooks.dev/schemas/";

/** The folder, inside `generated/`, that holds the JSON Schema files. */
export const jsonSchemaFolder = "json-schema";

const safeSegment = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Refuses a name that cannot be a file name or a URL segment as it is (`/`, spaces, `..`). */
export function assertSafeSegment(value: string, what: string): string {
  if (!safeSegment.test(value) || value.includes("..")) {
    throw new Error(`${what} "${value}" cannot be used in a file name or a $id: use letters, digits, '.', '_' and '-'`);
  }
  return value;
}

/** `verification.accepted` → `VerificationAccepted`, `NETVERIFYID` → `NETVERIFYID`, `idv-status` → `IdvStatus`. */
export function pascalCase(value: string): string {
  return value
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

function lowerFirst(value: string): string {
  return value === "" ? value : value[0]!.toLowerCase() + value.slice(1);
}

/** File path (relative to `generated/`) of a callback kind's JSON Schema. */
export function webhookSchemaFile(provider: string, kind: string): string {
  return `${jsonSchemaFolder}/${assertSafeSegment(provider, "Provider")}/${assertSafeSegment(kind, "Callback kind")}.json`;
}

/** File path (relative to `generated/`) of an API object's JSON Schema. */
export function objectSchemaFile(provider: string, name: string): string {
  return `${jsonSchemaFolder}/${assertSafeSegment(provider, "Provider")}/objects/${assertSafeSegment(name, "Object name")}.json`;
}

/** File path (relative to `generated/`) of a form callback's wire form (`json-schema/jumio/NETVERIFYID.form.json`). */
export function formSchemaFile(provider: string, kind: string): string {
  return `${jsonSchemaFolder}/${assertSafeSegment(provider, "Provider")}/${assertSafeSegment(kind, "Callback kind")}.form.json`;
}

/** File path (relative to `generated/`) of a provider's every type, for code generators (`json-schema/shufti/types.json`). */
export function typesSchemaFile(provider: string): string {
  return `${jsonSchemaFolder}/${assertSafeSegment(provider, "Provider")}/types.json`;
}

/** File path (relative to `generated/`) of the normalized event's JSON Schema. */
export const normalizedEventSchemaFile = `${jsonSchemaFolder}/normalized/event.json`;

/** The `$id` of a JSON Schema file: the base URL plus its path under `json-schema/`. */
export function schemaId(file: string): string {
  return schemaBaseUrl + file.slice(jsonSchemaFolder.length + 1);
}

/** Component name of a provider's API object: `Netki` + `Transaction`; a name that already starts with the provider is kept (`NetkiError`). */
export function objectComponentName(provider: string, name: string): string {
  const prefix = pascalCase(provider);
  return name.startsWith(prefix) ? pascalCase(name) : prefix + pascalCase(name);
}

/** Component name (and JSON Schema title) of the normalized event. */
export const normalizedEventComponentName = "NormalizedEvent";

/** Component name of a callback kind's body: `Shufti` + `VerificationAccepted` + `Callback`. */
export function webhookComponentName(provider: string, kind: string): string {
  return `${pascalCase(provider)}${pascalCase(kind)}Callback`;
}

/** Component name of an operation's request or response body that is not one of the named objects. */
export function operationComponentName(provider: string, operationId: string, part: "Request" | `Response${number}`): string {
  return `${pascalCase(provider)}${pascalCase(operationId)}${part}`;
}

/** Key of a callback kind in the OpenAPI `webhooks` map: `shufti.verification.accepted`, `jumio.NETVERIFYID`. */
export function webhookKey(provider: string, kind: string): string {
  return `${provider}.${kind}`;
}

/** operationId of a callback kind: `shuftiVerificationAcceptedCallback`. */
export function webhookOperationId(provider: string, kind: string): string {
  return lowerFirst(webhookComponentName(provider, kind));
}

/** operationId of a provider API operation, unique across providers: `netkiTokenAuth`. */
export function operationId(provider: string, id: string): string {
  return lowerFirst(pascalCase(provider) + pascalCase(id));
}

/** The files (relative to `generated/`) of a server's own HTTP API document: `receiver-openapi.json` and `.yaml`. */
export function httpApiDocumentFiles(name: string): { readonly json: string; readonly yaml: string } {
  const base = `${assertSafeSegment(name, "HTTP API name")}-openapi`;
  return { json: `${base}.json`, yaml: `${base}.yaml` };
}
