import config from "@kyc-webhooks/eslint-config";

// build.mjs and bin/ are plain Node scripts: give them Node's globals.
const nodeGlobals = { process: "readonly", console: "readonly", URL: "readonly", performance: "readonly" };

export default [...config, { files: ["**/*.js", "**/*.mjs"], languageOptions: { globals: nodeGlobals } }];
