export { createHandler } from "./handler.js";
export type { HandlerOptions, RequestContext, WebhookHandler } from "./handler.js";
export { createServer, startReceiver, toNodeListener } from "./server.js";
export type { NodeListenerOptions, RunningReceiver, ServerLimits, StartOptions } from "./server.js";
export { ConfigError, devCredentials, helpText, loadConfig, settings } from "./config.js";
export type { JumioAuthConfig, LimitsConfig, LoadConfigOptions, LogLevel, NetkiAuthConfig, OndatoAuthConfig, ProvidersConfig, ReceiverConfig, ShuftiAuthConfig, } from "./config.js";
export { settingRegistry } from "./setting.js";
export type { DeclaredSetting, Setting, SettingFacts, SettingMeta } from "./setting.js";
export { createStore, PostgresStore, SqliteStore } from "./storage/index.js";
export type { DeliveryInput, DeliveryOutcome, PurgeRequest, PurgeResult, RekeyResult, Store, StoreBackend, StoreOptions } from "./storage/index.js";
export { createLogger, silentLogger } from "./log.js";
export type { LogFields, Logger, LoggerOptions } from "./log.js";
export { ReceiverMetrics } from "./metrics.js";
export { runCli } from "./cli.js";
export * from "./api/index.js";
//# sourceMappingURL=index.d.ts.map