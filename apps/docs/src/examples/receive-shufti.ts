// Receive Shufti Pro callbacks with node:http: check the signature over the raw bytes, validate,
// normalize. (The docs site shows this file as it is; `tsc` checks it against the packages' types.)
import { createServer } from "node:http";
import { normalize } from "@kyc-webhooks/normalized";
import { safeParseCallback, verifySignature } from "@kyc-webhooks/shufti";

const secretKey = process.env["SHUFTI_SECRET_KEY"] ?? "";

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const rawBody = Buffer.concat(chunks); // the bytes as received: never re-serialised JSON
    const signature = verifySignature(rawBody, req.headers, secretKey);
    if (!signature.ok) {
      res.writeHead(401).end(); // signature.reason says why
      return;
    }
    const result = safeParseCallback(rawBody, { contentType: req.headers["content-type"] });
    if (!result.ok) {
      // Keep the body for later and answer 2xx, or Shufti retries a body that will never pass.
      for (const issue of result.issues) console.warn(issue.path.join("."), issue.code);
      res.writeHead(200).end();
      return;
    }
    const event = normalize("shufti", result.value);
    console.log(event.type, event.status, event.reference, event.reasons);
    res.writeHead(200).end();
  });
}).listen(3000);
