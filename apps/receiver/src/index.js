export { createHandler } from "./handler.js";
export { createServer, startReceiver, toNodeListener } from "./server.js";
export { ConfigError, devCredentials, helpText, loadConfig, settings } from "./config.js";
export { settingRegistry } from "./setting.js";
export { createStore, PostgresStore, SqliteStore } from "./storage/index.js";
export { createLogger, silentLogger } from "./log.js";
export { ReceiverMetrics } from "./metrics.js";
export { runCli } from "./cli.js";
export * from "./api/index.js";
//# sourceMappingURL=index.js.map