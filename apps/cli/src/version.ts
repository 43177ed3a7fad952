// Set by build.mjs from package.json (esbuild `define`); "dev" when the sources run unbundled.
declare const __KYC_WEBHOOKS_CLI_VERSION__: string | undefined;

export const cliVersion: string = typeof __KYC_WEBHOOKS_CLI_VERSION__ === "string" ? __KYC_WEBHOOKS_CLI_VERSION__ : "dev";
