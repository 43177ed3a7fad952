export * from "@kyc-webhooks/receiver-api";
//# sourceMappingURL=index.d.ts.map