import { isIP } from "node:net";
import { normalizeIp } from "@kyc-webhooks/core";
/*
 * What one client may hold and how often it may fail, keyed by its source address (after trusted-proxy
 * resolution; an IPv6 address by its /64, the block one host is usually given):
 *   BodyBudget      - request bodies held in memory at once, in total and per address, and requests per address
 *                     reading a body (a body is counted from its declared length before a byte of it is read);
 *   FailureThrottle - failed credentials per address, a token bucket that only failures take from.
 */
/** The key of a client address: the address itself, or for IPv6 its /64 prefix. */
export function clientKey(address) {
    const ip = normalizeIp(address);
    if (ip === undefined)
        return "unknown";
    if (isIP(ip) !== 6)
        return ip;
    const [head = "", tail = ""] = ip.split("::");
    const left = head === "" ? [] : head.split(":");
    const right = ip.includes("::") ? (tail === "" ? [] : tail.split(":")) : [];
    const groups = [...left, ...Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => "0"), ...right];
    return `${groups.slice(0, 4).map((group) => group.toLowerCase().replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
export class BodyBudget {
    limits;
    #bytes = 0;
    #clients = new Map();
    constructor(limits) {
        this.limits = limits;
    }
    /** Bytes held now, all clients together. */
    get bytes() {
        return this.#bytes;
    }
    /** A lease for one request's body, or the refusal when this client already has its number of requests reading. */
    enter(address) {
        const key = clientKey(address);
        const usage = this.#clients.get(key) ?? { bytes: 0, requests: 0 };
        if (usage.requests >= this.limits.clientRequests)
            return "client_busy";
        usage.requests++;
        this.#clients.set(key, usage);
        let held = 0;
        let released = false;
        return {
            take: (bytes) => {
                if (released || bytes <= 0)
                    return undefined;
                if (usage.bytes + bytes > this.limits.clientBytes)
                    return "client_busy";
                if (this.#bytes + bytes > this.limits.totalBytes)
                    return "server_busy";
                usage.bytes += bytes;
                this.#bytes += bytes;
                held += bytes;
                return undefined;
            },
            release: () => {
                if (released)
                    return;
                released = true;
                usage.bytes -= held;
                this.#bytes -= held;
                usage.requests--;
                if (usage.requests === 0)
                    this.#clients.delete(key);
            },
        };
    }
}
/**
 * Throttling of failed credentials: a token bucket per client address that only failures take from. While an
 * address's bucket is empty, every request of it that would check credentials is answered 429 before they are
 * checked (so that guessing gains nothing by going on); successful requests take nothing, so a provider is
 * throttled only by failures from its own address.
 */
export class FailureThrottle {
    limits;
    #buckets = new Map();
    #now;
    constructor(limits, now = Date.now) {
        this.limits = limits;
        this.#now = now;
    }
    #refilled(key) {
        const bucket = this.#buckets.get(key);
        if (!bucket)
            return undefined;
        const now = this.#now();
        bucket.tokens = Math.min(this.limits.burst, bucket.tokens + ((now - bucket.at) * this.limits.perMinute) / 60_000);
        bucket.at = now;
        if (bucket.tokens >= this.limits.burst) {
            this.#buckets.delete(key);
            return undefined;
        }
        return bucket;
    }
    /** Seconds until this address may try again (for Retry-After), or undefined when it may now. */
    retryAfter(address) {
        const bucket = this.#refilled(clientKey(address));
        if (!bucket || bucket.tokens >= 1)
            return undefined;
        return Math.max(1, Math.ceil(((1 - bucket.tokens) * 60) / this.limits.perMinute));
    }
    /** Records a failed credential check of this address. */
    failed(address) {
        const key = clientKey(address);
        const bucket = this.#refilled(key) ?? { tokens: this.limits.burst, at: this.#now() };
        bucket.tokens = Math.max(0, bucket.tokens - 1);
        // Re-inserted, so that the map's order is the order of last failure: the oldest are forgotten first.
        this.#buckets.delete(key);
        this.#buckets.set(key, bucket);
        const max = this.limits.maxTracked ?? 100_000;
        while (this.#buckets.size > max) {
            const oldest = this.#buckets.keys().next().value;
            if (oldest === undefined)
                break;
            this.#buckets.delete(oldest);
        }
    }
    /** Addresses with failures not yet forgiven. */
    get tracked() {
        return this.#buckets.size;
    }
}
//# sourceMappingURL=client-limits.js.map