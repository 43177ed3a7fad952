#!/usr/bin/env node
import { runCli } from "./cli.js";
/*
 * `node dist/main.js` (`pnpm start`): starts the receiver with the configuration from the environment
 * and an optional config file, and stops it gracefully on SIGTERM/SIGINT (a second signal exits at once).
 */
const result = await runCli(process.argv.slice(2), {
    env: process.env,
    stderr: (text) => void process.stderr.write(text),
    stdout: (text) => void process.stdout.write(text),
});
const receiver = result.receiver;
if (receiver === undefined) {
    process.exitCode = result.exitCode;
}
else {
    let stopping = false;
    const stop = (signal) => {
        if (stopping) {
            process.stderr.write(`kyc-webhooks-receiver: ${signal} again, exiting now\n`);
            process.exit(130);
        }
        stopping = true;
        receiver.close().then(() => process.exit(0), (error) => {
            process.stderr.write(`kyc-webhooks-receiver: shutdown failed (${error instanceof Error ? error.message : String(error)})\n`);
            process.exit(1);
        });
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
}
//# sourceMappingURL=main.js.map