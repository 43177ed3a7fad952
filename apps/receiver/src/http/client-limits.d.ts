/** The key of a client address: the address itself, or for IPv6 its /64 prefix. */
export declare function clientKey(address: string | undefined): string;
export interface BodyBudgetLimits {
    /** Bytes of request bodies held at once, all clients together. */
    readonly totalBytes: number;
    /** Bytes of request bodies held at once for one client address. */
    readonly clientBytes: number;
    /** Requests reading a body at once from one client address. */
    readonly clientRequests: number;
}
/** Why a body was not admitted: the receiver as a whole is full (503), or this client holds its share (429). */
export type BudgetRefusal = "server_busy" | "client_busy";
export interface BodyLease {
    /** Counts `bytes` more (the declared length up front, then what a body without one brings): a refusal when it does not fit. */
    take(bytes: number): BudgetRefusal | undefined;
    /** Gives everything back (once the request is answered). */
    release(): void;
}
export declare class BodyBudget {
    #private;
    readonly limits: BodyBudgetLimits;
    constructor(limits: BodyBudgetLimits);
    /** Bytes held now, all clients together. */
    get bytes(): number;
    /** A lease for one request's body, or the refusal when this client already has its number of requests reading. */
    enter(address: string | undefined): BodyLease | BudgetRefusal;
}
export interface FailureThrottleLimits {
    /** Failures an address may have in a row before it is throttled (the bucket's size). */
    readonly burst: number;
    /** Failures forgiven per minute (the bucket's refill rate). */
    readonly perMinute: number;
    /** Addresses tracked at most (the ones forgiven longest ago are forgotten first). */
    readonly maxTracked?: number;
}
/**
 * Throttling of failed credentials: a token bucket per client address that only failures take from. While an
 * address's bucket is empty, every request of it that would check credentials is answered 429 before they are
 * checked (so that guessing gains nothing by going on); successful requests take nothing, so a provider is
 * throttled only by failures from its own address.
 */
export declare class FailureThrottle {
    #private;
    readonly limits: FailureThrottleLimits;
    constructor(limits: FailureThrottleLimits, now?: () => number);
    /** Seconds until this address may try again (for Retry-After), or undefined when it may now. */
    retryAfter(address: string | undefined): number | undefined;
    /** Records a failed credential check of this address. */
    failed(address: string | undefined): void;
    /** Addresses with failures not yet forgiven. */
    get tracked(): number;
}
//# sourceMappingURL=client-limits.d.ts.map