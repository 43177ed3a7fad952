/** An entry: a single IPv4 or IPv6 address, or a CIDR range of either family. */
export declare function parseAddressEntry(entry: string): {
    readonly address: string;
    readonly family: "ipv4" | "ipv6";
    readonly prefix?: number;
} | undefined;
export declare class AddressList {
    #private;
    readonly size: number;
    /** Throws on an entry that is neither an address nor a CIDR range (the settings check them first). */
    constructor(entries: readonly string[]);
    has(address: string | null | undefined): boolean;
}
/**
 * The client address of a request that may have passed through reverse proxies. A count of trusted hops is
 * core's resolveClientIp (its rules for a short X-Forwarded-For included); a list of trusted proxies walks
 * from the socket peer outward and takes the first address that is not one of them.
 */
export declare function clientAddress(remoteAddress: string | undefined, forwardedFor: string | null, trustedProxies: number | AddressList): string | undefined;
//# sourceMappingURL=addresses.d.ts.map