import { createWebhooks } from "@kyc-webhooks/netki";
import { testCredentials } from "../../../credentials";

const webhooks = createWebhooks({ username: process.env.NETKI_USER ?? testCredentials.netki.username, password: process.env.NETKI_PASSWORD ?? testCredentials.netki.password });

// Next.js route handler (app/webhooks/netki/route.ts)
export async function POST(request: Request) {
  const result = await webhooks.verifyAndParse({ body: await request.arrayBuffer(), headers: request.headers, remoteAddress: request.headers.get("x-real-ip") ?? undefined });
  return Response.json(result.ok ? { kind: result.kind } : { issues: result.issues }, { status: result.ok ? 200 : result.status });
}
