// Integration tests create and change rows freely: refuse to run them against anything but a local server.
const url = process.env.DATABASE_URL;
if (!url) throw new Error("Integration tests need DATABASE_URL: run them with `npm run test:int`, which starts an embedded PostgreSQL");
const host = new URL(url).hostname;
if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host) && process.env.ALLOW_REMOTE_TEST_DATABASE !== "1") {
  throw new Error(`Refusing to run integration tests against non-local database host "${host}"`);
}
export {};
