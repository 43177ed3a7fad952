// The receiver's HTTP API (route table, schemas, types) lives in @kyc-webhooks/receiver-api, so that
// @kyc-webhooks/spec can read it without building the receiver; re-exported here for the receiver's users.
export * from "@kyc-webhooks/receiver-api";
//# sourceMappingURL=index.js.map