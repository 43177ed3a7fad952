import { parseArgs } from "node:util";
import { ConfigError, devCredentials, helpText, loadConfig } from "./config.js";
import { createLogger, errorFields } from "./log.js";
import { startReceiver } from "./server.js";
/** The command line, by node:util's parseArgs: --help/-h, --dev, --config <file> (or --config=<file>). */
function readArgs(argv) {
    try {
        const { values } = parseArgs({
            args: [...argv],
            options: { help: { type: "boolean", short: "h", default: false }, dev: { type: "boolean", default: false }, config: { type: "string" } },
            strict: true,
            allowPositionals: false,
        });
        if (values.config !== undefined && (values.config === "" || values.config.startsWith("--")))
            return { help: values.help, dev: values.dev, error: "--config needs a file path" };
        return { help: values.help, dev: values.dev, ...(values.config === undefined ? {} : { config: values.config }) };
    }
    catch (error) {
        const code = error.code;
        if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
            return { help: false, dev: false, error: "--config needs a file path" };
        const argument = /'([^']+)'/.exec(error instanceof Error ? error.message : "")?.[1];
        return { help: false, dev: false, error: `Unknown argument ${argument ?? argv.join(" ")} (see --help)` };
    }
}
/** The lines printed after start: where it listens and how to send it a sample. */
export function startBanner(config, url) {
    const enabled = Object.keys(config.providers);
    const lines = [``, `kyc-webhooks receiver listening on ${url} (${config.databaseUrl.startsWith("sqlite:") ? config.databaseUrl : "postgres"})`];
    if (enabled.length === 0) {
        lines.push(`No provider is enabled yet: every POST /webhooks/{provider} is refused until you configure one (see --help),`, `or restart with development credentials:  KYC_DEV_MODE=1 npx pnpm@10.34.9 start   (or node dist/main.js --dev)`);
    }
    else {
        lines.push(`Enabled: ${enabled.join(", ")}`);
    }
    const dev = (value, devValue, placeholder) => (config.devMode && value === devValue ? devValue : placeholder);
    const shuftiSecret = dev(config.providers.shufti?.secretKey ?? "", devCredentials.shuftiSecretKey, "<KYC_SHUFTI_SECRET_KEY>");
    const netki = config.providers.netki;
    const netkiAuth = netki?.scheme === "noauth"
        ? ""
        : ` --username ${netki ? netki.basic.username : "<user>"} --password ${dev(netki?.basic.password ?? "", devCredentials.netki.password, "<password>")}`;
    lines.push(``, `Send it a sample, from the repository root in another terminal (the kyc-webhooks CLI signs and authenticates`, `it as the provider would; build it once with \`npx pnpm@10.34.9 build\`):`, `  pnpm exec kyc-webhooks send shufti verification.accepted --to ${url}/webhooks/shufti --secret ${shuftiSecret}`, `  pnpm exec kyc-webhooks send netki transaction.completed --to ${url}/webhooks/netki${netkiAuth}`, `Then list what was stored:`, `  pnpm exec kyc-webhooks events list --url ${url} --admin-token ${dev(config.adminToken ?? "", devCredentials.adminToken, "<KYC_ADMIN_TOKEN>")}`, ``);
    return lines.join("\n");
}
/**
 * Runs the receiver command. Resolves once the receiver is listening (or with a non-zero exit code when it
 * cannot start). Signal handling is the caller's (main.ts) job.
 */
export async function runCli(argv, io) {
    const args = readArgs(argv);
    if (args.error) {
        io.stderr(`kyc-webhooks-receiver: ${args.error}\n`);
        return { exitCode: 2 };
    }
    if (args.help) {
        io.stdout(`${helpText()}\n`);
        return { exitCode: 0 };
    }
    let config;
    try {
        config = loadConfig({ env: io.env, ...(args.config ? { configFile: args.config } : {}), ...(args.dev ? { devMode: true } : {}) });
    }
    catch (error) {
        if (error instanceof ConfigError) {
            io.stderr(`kyc-webhooks-receiver: ${error.message}\n`);
            return { exitCode: 2 };
        }
        throw error;
    }
    const logger = io.logger ?? createLogger({ level: config.logLevel });
    try {
        const receiver = await startReceiver(config, { logger });
        io.stderr(`${startBanner(config, receiver.url)}\n`);
        return { exitCode: 0, receiver };
    }
    catch (error) {
        const code = error.code;
        const why = code === "EADDRINUSE"
            ? `port ${config.port} on ${config.host} is already in use (set KYC_PORT)`
            : code === "EACCES"
                ? `not allowed to listen on ${config.host}:${config.port} (set KYC_PORT/KYC_HOST)`
                : code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "28P01" || code === "3D000"
                    ? `the database at DATABASE_URL cannot be reached or opened (${code})`
                    : `could not start (${error instanceof Error ? error.message.slice(0, 200) : String(error)})`;
        logger.error("start failed", errorFields(error));
        io.stderr(`kyc-webhooks-receiver: ${why}\n`);
        return { exitCode: 1 };
    }
}
//# sourceMappingURL=cli.js.map