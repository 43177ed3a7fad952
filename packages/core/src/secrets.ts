import { hash, timingSafeEqual } from "node:crypto";

/**
 * Compares two secrets in constant time. Both sides are hashed first, so the time taken does not
 * depend on where they differ, nor on their lengths.
 */
export function constantTimeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  // One-shot `hash` (a string is hashed as UTF-8, as Hash#update does): cheaper than a Hash object per side.
  const ha = hash("sha256", a, "buffer");
  const hb = hash("sha256", b, "buffer");
  // The hashes are equal-length; equal hashes of unequal inputs would need a SHA-256 collision.
  return timingSafeEqual(ha, hb);
}
