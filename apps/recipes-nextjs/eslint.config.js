import shared from "@kyc-webhooks/eslint-config";

export default [{ ignores: [".next/**", "next-env.d.ts"] }, ...shared];
