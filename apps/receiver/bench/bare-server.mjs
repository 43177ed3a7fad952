// The floor for throughput.mjs: a bare node:http server that reads each request's body and answers 200 with a
// small JSON body, nothing else. Listens on 127.0.0.1:$PORT.
import { Buffer } from "node:buffer";
import http from "node:http";
import process from "node:process";

const answer = Buffer.from('{"received":true}');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (chunk) => chunks.push(chunk));
  req.on("end", () => {
    Buffer.concat(chunks);
    res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": answer.byteLength });
    res.end(answer);
  });
});
server.keepAliveTimeout = 5_000;
server.listen(Number(process.env.PORT), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
