import { BlockList, isIP } from "node:net";
import { normalizeIp, resolveClientIp } from "@kyc-webhooks/core";
/*
 * Address lists (IP allowlists, trusted proxies) as node:net BlockLists, so that IPv6 addresses and ranges
 * work as IPv4 ones do. An address is normalised first (core's normalizeIp: brackets and zone ids dropped,
 * an IPv4-mapped IPv6 address as the IPv4 it carries), so that `::ffff:10.0.0.1` matches an entry `10.0.0.0/8`.
 */
/** An entry: a single IPv4 or IPv6 address, or a CIDR range of either family. */
export function parseAddressEntry(entry) {
    const [base, bits, extra] = entry.trim().split("/");
    if (extra !== undefined || base === undefined)
        return undefined;
    const address = base.replace(/^\[|\]$/g, "");
    const version = isIP(address);
    if (version === 0)
        return undefined;
    const family = version === 4 ? "ipv4" : "ipv6";
    if (bits === undefined)
        return { address, family };
    if (!/^\d{1,3}$/.test(bits) || Number(bits) > (version === 4 ? 32 : 128))
        return undefined;
    return { address, family, prefix: Number(bits) };
}
export class AddressList {
    #list = new BlockList();
    size;
    /** Throws on an entry that is neither an address nor a CIDR range (the settings check them first). */
    constructor(entries) {
        for (const entry of entries) {
            const parsed = parseAddressEntry(entry);
            if (!parsed)
                throw new Error(`Not an IP address or CIDR range: ${entry}`);
            // An IPv4-mapped IPv6 entry matches the IPv4 clients it stands for (addresses are normalised the same way).
            const mapped = parsed.family === "ipv6" && parsed.prefix === undefined ? normalizeIp(parsed.address) : undefined;
            if (mapped !== undefined && isIP(mapped) === 4)
                this.#list.addAddress(mapped, "ipv4");
            else if (parsed.prefix === undefined)
                this.#list.addAddress(parsed.address, parsed.family);
            else
                this.#list.addSubnet(parsed.address, parsed.prefix, parsed.family);
        }
        this.size = entries.length;
    }
    has(address) {
        const ip = normalizeIp(address);
        if (ip === undefined)
            return false;
        return this.#list.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
    }
}
/**
 * The client address of a request that may have passed through reverse proxies. A count of trusted hops is
 * core's resolveClientIp (its rules for a short X-Forwarded-For included); a list of trusted proxies walks
 * from the socket peer outward and takes the first address that is not one of them.
 */
export function clientAddress(remoteAddress, forwardedFor, trustedProxies) {
    if (typeof trustedProxies === "number")
        return resolveClientIp({ remoteAddress, forwardedFor, trustedProxies });
    const remote = normalizeIp(remoteAddress);
    if (!forwardedFor || trustedProxies.size === 0)
        return remote;
    const chain = forwardedFor.split(",").map((part) => part.trim()).filter(Boolean);
    const hops = [remote, ...chain.reverse().map((hop) => normalizeIp(hop))];
    for (const hop of hops) {
        if (hop === undefined)
            return undefined;
        if (!trustedProxies.has(hop))
            return hop;
    }
    return hops[hops.length - 1];
}
//# sourceMappingURL=addresses.js.map