// A downstream consumer for fanout.bench.ts, in its own process so that it does not share the receiver's
// event loop: verifies each Standard Webhooks signature with the standardwebhooks package, answers 204,
// counts. Reports its port as the first IPC message; `{ count: true }` asks for the number verified.
import { Buffer } from "node:buffer";
import http from "node:http";
import process from "node:process";
import { Webhook } from "standardwebhooks";

const { secret } = await new Promise((resolve) => process.once("message", resolve));
const webhook = new Webhook(secret);
let verified = 0;
let refused = 0;
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    try {
      webhook.verify(Buffer.concat(chunks).toString("utf8"), req.headers);
      verified += 1;
      res.writeHead(204).end();
    } catch {
      refused += 1;
      res.writeHead(401).end();
    }
  });
});
server.keepAliveTimeout = 10_000;
server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
process.on("message", () => process.send({ verified, refused }));
process.on("disconnect", () => process.exit(0));
