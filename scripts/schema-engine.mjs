#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, which the CLI would otherwise have to download.
// It speaks the binary's protocol (prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here) and delegates
// to Prisma's own WebAssembly build of the engine, @prisma/schema-engine-wasm, over @prisma/adapter-pg:
//
//   schema-engine.mjs --version
//   schema-engine.mjs --datasource '{"url":…}' cli can-connect-to-database|create-database|drop-database
//   schema-engine.mjs [--datamodels <file>…] --datasource '{"url":…,"shadowDatabaseUrl"?:…}'
//       then JSON-RPC 2.0 on stdin/stdout, one message per line; stderr carries JSON log lines.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createAdapterFactory, dropLeftoverShadowDatabases } from "./schema-engine/adapter.mjs";
import { canConnect, createDatabase, describeError, dropDatabase } from "./schema-engine/postgres.mjs";

// The package exports only its JS entry points; its wasm binary and package.json sit next to them.
const wasmBindings = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");

const { values: args, positionals } = parseArgs({
  strict: false, // tolerate flags a newer CLI may add
  allowPositionals: true,
  options: {
    version: { type: "boolean" },
    datamodels: { type: "string", multiple: true },
    datasource: { type: "string" },
    // Passed by the CLI, but the wasm engine has no such options; declared so that their values are not
    // mistaken for positionals.
    "enabled-preview-features": { type: "string" },
    "extension-types": { type: "string" },
  },
});

if (args.version) {
  // The package version ends in the engine's git hash; no need to instantiate the wasm for it.
  const { version } = JSON.parse(await readFile(new URL("package.json", wasmBindings), "utf8"));
  console.log(`schema-engine-cli ${version.split(".").at(-1)} (wasm bridge)`);
  process.exit(0);
}

const datasource = JSON.parse(typeof args.datasource === "string" ? args.datasource : "{}");

if (positionals[0] === "cli") await runCliCommand(positionals[1]);
else await serveJsonRpc();

/**
 * One-shot commands. On failure the CLI skips the first stderr line and JSON-parses every other one,
 * looking for an ERROR from `schema_engine::logger` with an `error_code`.
 */
async function runCliCommand(command) {
  const commands = {
    "can-connect-to-database": canConnect,
    "create-database": createDatabase,
    "drop-database": dropDatabase,
  };
  try {
    if (!commands[command]) throw new Error(`Unknown cli command: ${command}`);
    if (!datasource.url) throw new Error("The --datasource argument with a url is required.");
    await commands[command](datasource.url);
    process.exit(0);
  } catch (error) {
    const fields = datasource.url ? describeError(error, datasource.url) : { message: error.message };
    process.stderr.write(`schema-engine wasm bridge: cli ${command} failed\n`);
    process.stderr.write(`${JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields })}\n`);
    process.exit(1);
  }
}

async function serveJsonRpc() {
  const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
  const wasm = await loadWasm();
  let engine; // created on first use, so that a bad connection fails that request rather than the process
  const getEngine = () =>
    (engine ??= createEngine(wasm).catch((error) => {
      engine = undefined; // like the native engine, try connecting again on the next request
      throw error;
    }));
  let current; // the request in flight, to answer it if the engine panics outside a promise chain
  let poisoned = false; // set by panic(): the engine must not be entered again
  let queue = Promise.resolve();

  const call = (method) => async (params) => (await getEngine())[method](params);
  const methods = {
    // Its params name a datasource, which the wasm engine ignores: it only knows its adapter's database.
    getDatabaseVersion: async () => (await getEngine()).version(),
    // Not a wasm method; and the database to create is usually the one the engine could not connect to.
    createDatabase: async (params) => ({
      databaseName: await createDatabase(params?.datasource?.url ?? datasource.url),
    }),
    // The native engine prints diffs by asking the CLI to `print` (the CLI appends a newline and acknowledges
    // on stdin; we ignore the acknowledgement). The wasm engine returns the text instead. `stdout` is then
    // cleared so that a CLI which learns to print it itself would not print it twice.
    diff: async (params) => {
      const { stdout, ...result } = await (await getEngine()).diff(params);
      if (typeof stdout === "string") {
        send({ id: `print-${current.id}`, method: "print", params: { content: stdout.replace(/\n$/, "") } });
      }
      return { ...result, stdout: null };
    },
    evaluateDataLoss: withMigrationsSchema(getEngine, "evaluateDataLoss"),
    createMigration: withMigrationsSchema(getEngine, "createMigration"),
    ...Object.fromEntries(
      [
        "applyMigrations", "dbExecute", "debugPanic", "devDiagnostic", "diagnoseMigrationHistory", "ensureConnectionValidity",
        "introspect", "introspectSql", "markMigrationApplied", "markMigrationRolledBack", "reset", "schemaPush",
      ].map((method) => [method, call(method)]),
    ),
  };

  async function handle(request) {
    if (poisoned) return;
    current = request;
    try {
      if (!Object.hasOwn(methods, request.method)) {
        return send({ id: request.id, error: { code: -32601, message: `Method not found: ${request.method}` } });
      }
      const result = await methods[request.method](request.params);
      send({ id: request.id, result: result ?? null }); // JSON-RPC has no `undefined`: void is `null`
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) return panic(error);
      send({ id: request.id, error: rpcError(error) });
    } finally {
      current = undefined;
    }
  }

  // A Rust panic traps the wasm instance, and an error thrown across it (e.g. undecodable params) leaves
  // it mid-call: either way it is unusable from then on. Report like the native engine (is_panic, exit
  // code 101 for a panic). These surface as a rejection or, from inside a future, as uncaught exceptions.
  function panic(error) {
    if (poisoned) return;
    poisoned = true;
    const panicMessage = wasm.panicMessage();
    const message = panicMessage ?? error?.message ?? String(error);
    const data = { is_panic: Boolean(panicMessage), message, backtrace: error?.stack };
    if (current) send({ id: current.id, error: { code: 4466, message, data } });
    process.stderr.write(`${JSON.stringify({ level: "ERROR", target: "schema_engine::bridge", fields: data })}\n`);
    void dropLeftoverShadowDatabases().finally(() => process.exit(panicMessage ? 101 : 1));
  }
  process.on("uncaughtException", panic);

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    // Only requests carry a method; anything else is the CLI acknowledging one of our `print`s.
    // The engine is not re-entrant (its methods take `&mut self`), so requests run one at a time.
    if (message.method) queue = queue.then(() => handle(message));
  });
  // The CLI closes stdin to stop us, and on POSIX sends SIGTERM right after: finish the work either way.
  const shutdown = async () => {
    if (poisoned) return; // panic() is already cleaning up, and sets the exit code
    await queue;
    await dropLeftoverShadowDatabases();
    process.exit(0);
  };
  lines.on("close", shutdown);
  process.on("SIGTERM", shutdown);
}

/**
 * evaluateDataLoss and createMigration need the schema the migrations produce, but unlike the commands
 * that diagnose history, the wasm engine gives them no way to reach a shadow database: they only work
 * from the schema that a diagnosis cached for the same migration list. In `migrate dev` every migration
 * has just been applied, so diagnosing the history now caches exactly that list; then retry once.
 */
function withMigrationsSchema(getEngine, method) {
  return async (params) => {
    const engine = await getEngine();
    try {
      return await engine[method](params);
    } catch (error) {
      if (!/shadow DB must be provided through an external factory/.test(error?.message)) throw error;
      const { migrationsList, filters } = params;
      await engine.diagnoseMigrationHistory({ migrationsList, filters, optInToShadowDatabase: true });
      return engine[method](params);
    }
  };
}

/** Loads the wasm without --experimental-wasm-modules: instantiate by hand, then do what its ESM entry would. */
async function loadWasm() {
  let panicMessage;
  // The engine's panic hook reports the panic message here before trapping.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panicMessage = message) };
  const bindings = await import(wasmBindings);
  const bytes = await readFile(new URL("schema_engine_bg.wasm", wasmBindings));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return { SchemaEngine: bindings.SchemaEngine, panicMessage: () => panicMessage };
}

let adapterFactory; // kept for its error registry, see rpcError

async function createEngine(wasm) {
  if (!datasource.url) throw new Error("The --datasource argument with a url is required.");
  if (!/^postgres(ql)?:$/.test(new URL(datasource.url).protocol)) {
    throw new Error("This schema engine bridge only supports PostgreSQL.");
  }
  const files = Array.isArray(args.datamodels) ? args.datamodels : [];
  const datamodels = await Promise.all(files.map(async (file) => [file, await readFile(file, "utf8")]));
  // The engine's tracing output is already JSON lines in the native engine's format.
  const log = (line) => process.stderr.write(line.endsWith("\n") ? line : `${line}\n`);
  adapterFactory = createAdapterFactory(datasource);
  // An empty list would trip a panic ("validate_multi_file() must be called with at least one file").
  return wasm.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, log, adapterFactory);
}

/** The native engine's error shape. Wasm errors end in a tracing span trace, which belongs in the backtrace. */
function rpcError(error) {
  // A JS error thrown inside the adapter reaches the engine only as an id in the adapter's error registry.
  const text = (error?.message ?? String(error)).replace(
    /External error id#(\d+)/g,
    (unresolved, id) => adapterFactory?.errorRegistry.consumeError(Number(id))?.error?.message ?? unresolved,
  );
  const [message, backtrace] = text.split(/\n\s+0: /, 2);
  const data = { is_panic: false, message: message.trim(), ...(backtrace && { backtrace: `   0: ${backtrace}` }) };
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}
