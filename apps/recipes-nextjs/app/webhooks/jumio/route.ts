import { createWebhooks } from "@kyc-webhooks/jumio";

// Jumio is recognised by its address (the default allowlist: every callback address Jumio's documents list).
const webhooks = createWebhooks();

// Next.js route handler (app/webhooks/jumio/route.ts). A route handler does not see the socket: X-Real-IP is the
// address your platform (Vercel) or reverse proxy sets, so create these webhooks without trustedProxies, and put
// a proxy that overwrites X-Real-IP in front of a self-hosted `next start` (it passes a client's own header through).
export async function POST(request: Request) {
  const result = await webhooks.verifyAndParse({ body: await request.arrayBuffer(), headers: request.headers, remoteAddress: request.headers.get("x-real-ip") ?? undefined });
  return Response.json(result.ok ? { kind: result.kind } : { issues: result.issues }, { status: result.ok ? 200 : result.status });
}
