export { default } from "@kyc-webhooks/eslint-config";
