// The production server: `next start`, plus two things it cannot do. It answers the prerendered public pages
// itself, precompressed (scripts/static-pages.mjs). And it tells the app which address a
// request comes from. Next.js keeps an X-Forwarded-For the client sent (and only fills it from the socket
// when there is none), so without a proxy anyone could claim any address and dodge the per-address limits,
// or lock a school's address out. Here, unless TRUST_PROXY=1 (a proxy in front appends the real address),
// the header is overwritten with the socket's address before Next.js sees the request.
// Usage: node scripts/serve.mjs [-p PORT] [-H HOST] (PORT and HOSTNAME are read too, like `next start`).
// A custom server is documented Next.js API (nextjs.org/docs/app/guides/custom-server).
import http from "node:http";
import next from "next";
import { hasCurrentManifest, writeCspManifest } from "./csp-hashes.mjs";
import { loadStaticPages } from "./static-pages.mjs";

const arg = (flag) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const port = Number(arg("-p") ?? process.env.PORT ?? 3000);
const hostname = arg("-H") ?? process.env.HOSTNAME ?? "0.0.0.0";
const trustProxy = process.env.TRUST_PROXY === "1";

// Read by server/auth/client-address.ts: the header is the socket's address, written below.
process.env.SOURCEWORK_SOCKET_ADDRESS = "1";
process.env.NODE_ENV ??= "production";

// The prerendered pages' CSP hashes (scripts/csp-hashes.mjs): `npm run build` writes them; a bare `next build`
// does not, so they are written here before the first request. A page they cannot be computed for stops here.
if (!hasCurrentManifest()) console.log(`▸ ${writeCspManifest().file} written for this build (run \`npm run build\` to have it at build time)`);

// The prerendered public pages, answered here from memory, precompressed (scripts/static-pages.mjs).
const staticPages = loadStaticPages();

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  if (staticPages.serve(request, response)) return;
  if (!trustProxy) request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "";
  void handle(request, response);
});
server.listen(port, hostname, () => console.log(`▸ ready on http://${hostname}:${port}${trustProxy ? " (client addresses from X-Forwarded-For: TRUST_PROXY=1)" : ""}`));

// Like `next start`: finish the requests in flight on SIGTERM, then exit.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
