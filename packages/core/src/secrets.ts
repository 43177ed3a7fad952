import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Compares two secrets in constant time. Both sides are hashed first, so the time taken does not
 * depend on where they differ, nor on their lengths.
 */
export function constantTimeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  // The hashes are equal-length; equal hashes of unequal inputs would need a SHA-256 collision.
  return timingSafeEqual(ha, hb);
}
