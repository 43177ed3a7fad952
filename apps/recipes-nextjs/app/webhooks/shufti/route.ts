import { createWebhooks } from "@kyc-webhooks/shufti";
import { testCredentials } from "../../../credentials";

const webhooks = createWebhooks({ secretKey: process.env.SHUFTI_SECRET_KEY ?? testCredentials.shufti.secretKey });

// Next.js route handler (app/webhooks/shufti/route.ts)
export async function POST(request: Request) {
  const result = await webhooks.verifyAndParse({ body: await request.arrayBuffer(), headers: request.headers, remoteAddress: request.headers.get("x-real-ip") ?? undefined });
  return Response.json(result.ok ? { kind: result.kind } : { issues: result.issues }, { status: result.ok ? 200 : result.status });
}
