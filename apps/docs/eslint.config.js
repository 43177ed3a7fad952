import config from "@kyc-webhooks/eslint-config";

export default [
  ...config,
  { ignores: ["dist/**", "generated/**", ".astro/**", "test/screenshots/**"] },
  // The generator is JavaScript checked by tsc (checkJs), which reports undefined names with the real
  // Node and DOM types: ESLint's no-undef, without them, would only flag `process` and `document`.
  { files: ["**/*.js", "**/*.mjs"], rules: { "no-undef": "off" } },
  // The examples are shown on the site as a user would write them.
  { files: ["src/examples/**"], rules: { "no-console": "off" } },
];
