import { createWebhooks } from "@kyc-webhooks/ondato";
import { testCredentials } from "../../../credentials";

const webhooks = createWebhooks({ username: process.env.ONDATO_USER ?? testCredentials.ondato.username, password: process.env.ONDATO_PASSWORD ?? testCredentials.ondato.password });

// Next.js route handler (app/webhooks/ondato/route.ts)
export async function POST(request: Request) {
  const result = await webhooks.verifyAndParse({ body: await request.arrayBuffer(), headers: request.headers, remoteAddress: request.headers.get("x-real-ip") ?? undefined });
  return Response.json(result.ok ? { kind: result.kind } : { issues: result.issues }, { status: result.ok ? 200 : result.status });
}
