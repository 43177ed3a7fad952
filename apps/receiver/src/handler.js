import { providerNames } from "@kyc-webhooks/normalized";
import { receiverApi } from "@kyc-webhooks/receiver-api";
import { AddressList, clientAddress } from "./addresses.js";
import { createAuthenticators, enableHints } from "./auth.js";
import { buildApp } from "./http/app.js";
import { BodyBudget, FailureThrottle } from "./http/client-limits.js";
import { silentLogger } from "./log.js";
import { ReceiverMetrics } from "./metrics.js";
import { callbackHandlers } from "./routes/callbacks.js";
import { deliveryHandlers } from "./routes/deliveries.js";
import { eventHandlers } from "./routes/events.js";
import { healthHandlers } from "./routes/health.js";
import { metricsHandlers } from "./routes/metrics.js";
import { ondatoTokenHandlers } from "./routes/ondato-token.js";
import { openApiHandlers } from "./routes/openapi.js";
import { verificationHandlers } from "./routes/verifications.js";
import { personalDataHandlers } from "./routes/personal-data.js";
/** The defaults of the settings KYC_MAX_BUFFERED_BYTES, KYC_MAX_CLIENT_BUFFERED_BYTES and KYC_MAX_CLIENT_REQUESTS. */
export const defaultBodyBudget = { totalBytes: 67_108_864, clientBytes: 8_388_608, clientRequests: 32 };
/** The defaults of KYC_AUTH_FAILURE_BURST and KYC_AUTH_FAILURES_PER_MINUTE. */
export const defaultAuthFailures = { burst: 20, perMinute: 10 };
export function createHandler(options) {
    const logger = options.logger ?? silentLogger;
    const metrics = options.metrics ?? new ReceiverMetrics();
    const api = options.api ?? receiverApi;
    let ready = true;
    const now = options.now ?? Date.now;
    const trustedProxies = typeof options.trustedProxies === "object" ? new AddressList(options.trustedProxies) : (options.trustedProxies ?? 0);
    const failures = new FailureThrottle(options.authFailures ?? defaultAuthFailures, now);
    const deps = {
        store: options.store,
        providers: options.providers,
        logger,
        metrics,
        maxBodyBytes: options.maxBodyBytes ?? 1_048_576,
        bodyBudget: new BodyBudget(options.bodyBudget ?? defaultBodyBudget),
        failures,
        trustedProxies,
        now,
        outbound: options.outbound ?? { targets: [] },
        isReady: () => ready,
    };
    const authenticators = createAuthenticators(options.providers, options.store);
    const providerStatus = providerNames.map((provider) => {
        const authenticator = authenticators[provider];
        return authenticator ? { provider, enabled: true, how: authenticator.description } : { provider, enabled: false, how: `disabled: ${enableHints[provider]}` };
    });
    const app = buildApp({
        routes: api.routes,
        handlers: {
            ...callbackHandlers(deps, authenticators),
            ...ondatoTokenHandlers(deps),
            ...eventHandlers(deps),
            ...deliveryHandlers(deps),
            ...verificationHandlers(deps),
            ...personalDataHandlers(deps),
            ...healthHandlers(deps),
            ...metricsHandlers(deps),
            ...openApiHandlers(api),
            ...options.extraHandlers,
        },
        adminToken: options.adminToken,
        failures,
        clientAddress: (request, remoteAddress) => clientAddress(remoteAddress, request.headers.get("x-forwarded-for"), trustedProxies),
        ...(options.basePath === undefined ? {} : { basePath: options.basePath }),
        logger,
    });
    const handler = ((request, context = {}) => Promise.resolve(app.fetch(request, context)));
    Object.defineProperty(handler, "metrics", { value: metrics });
    Object.defineProperty(handler, "providerStatus", { value: providerStatus });
    Object.defineProperty(handler, "setReady", {
        value: (value) => {
            ready = value;
        },
    });
    return handler;
}
//# sourceMappingURL=handler.js.map