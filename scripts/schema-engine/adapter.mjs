// The driver adapter handed to the wasm engine: @prisma/adapter-pg, plus workarounds for what it gets
// wrong when driven by the schema engine rather than by Prisma Client.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { createDatabase, dropDatabase, poolConfig, resetSchema, withDatabase } from "./postgres.mjs";

/** Shadow databases we created and have not dropped yet, so an interrupted run can still clean up. */
const shadowDatabases = new Map();

class BridgePg extends PrismaPg {
  #url;
  #shadowDatabaseUrl;

  constructor(url, shadowDatabaseUrl) {
    // Prisma URLs carry the schema as `?schema=`; the engine learns it from the adapter, not the URL.
    super(poolConfig(url), { schema: new URL(url).searchParams.get("schema") ?? undefined });
    this.#url = url;
    this.#shadowDatabaseUrl = shadowDatabaseUrl;
  }

  async connect() {
    const adapter = await super.connect();
    // adapter-pg splits scripts on every `;` (even inside string literals and function bodies) and runs
    // the pieces one by one. Send a migration as one simple-protocol query instead, like the native engine:
    // Postgres then runs it as one implicit transaction, so a failed migration leaves nothing half-applied.
    adapter.executeScript = async (script) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (error) {
        adapter.onError(error); // rethrows as the error type the engine understands
      }
    };
    return decodeCharColumns(adapter);
  }

  // The inherited version creates the shadow database but then connects to the main one: the
  // connection string wins over the `database` it overrides. Create, connect and drop it ourselves.
  async connectToShadowDb() {
    if (this.#shadowDatabaseUrl) {
      // A configured shadow database is reused from run to run. The native engine empties it before use;
      // the wasm one does not, and the next replay fails ("type … already exists"). Emptying it is only
      // safe once we know it is not the main database.
      if (sameDatabase(this.#shadowDatabaseUrl, this.#url)) {
        throw new Error(
          "The shadow database you configured appears to be the same as the main database. Please specify another shadow database.",
        );
      }
      await resetSchema(this.#shadowDatabaseUrl);
      return new BridgePg(this.#shadowDatabaseUrl).connect();
    }
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await createDatabase(this.#url, name);
    shadowDatabases.set(name, this.#url);
    const adapter = await new BridgePg(withDatabase(this.#url, name)).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await dropShadowDatabase(name);
    };
    return adapter;
  }
}

const CHAR_OID = 18; // Postgres' internal one-byte "char" (pg_constraint.contype, pg_class.relkind, …)
const TEXT_OID = 25;

/**
 * adapter-pg rejects "char" columns as an unsupported type, yet the engine's describer reads the catalog's
 * "char" columns and panics without them. Let adapter-pg decode them as text, then label the column
 * `Character`, which is what the describer asks for. Transactions are separate queryables: cover them too.
 */
function decodeCharColumns(queryable) {
  const { performIO, queryRaw } = queryable; // inherited methods; the instance gets wrapped copies
  const charColumns = new WeakMap(); // rows array → indexes of its "char" columns
  queryable.performIO = async (query) => {
    const result = await performIO.call(queryable, query);
    const indexes = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID;
      indexes.push(i);
    });
    if (indexes.length) charColumns.set(result.rows, indexes);
    return result;
  };
  queryable.queryRaw = async (query) => {
    const resultSet = await queryRaw.call(queryable, query);
    for (const i of charColumns.get(resultSet.rows) ?? []) {
      resultSet.columnTypes[i] = ColumnTypeEnum.Character;
    }
    return resultSet;
  };
  if (queryable.startTransaction) {
    const { startTransaction } = queryable;
    queryable.startTransaction = async (...args) =>
      decodeCharColumns(await startTransaction.apply(queryable, args));
  }
  return queryable;
}

function sameDatabase(a, b) {
  const key = (url) => {
    const u = new URL(url);
    return [u.hostname, u.port || "5432", u.pathname, u.searchParams.get("schema") ?? "public"].join();
  };
  return key(a) === key(b);
}

async function dropShadowDatabase(name) {
  const url = shadowDatabases.get(name);
  if (!url) return;
  shadowDatabases.delete(name);
  await dropDatabase(url, name);
}

/** The factory in the error-capturing form the wasm engine expects. */
export function createAdapterFactory({ url, shadowDatabaseUrl }) {
  return bindMigrationAwareSqlAdapterFactory(new BridgePg(url, shadowDatabaseUrl));
}

/** Drops shadow databases the engine never disposed of (e.g. after an error mid-request). */
export async function dropLeftoverShadowDatabases() {
  await Promise.allSettled([...shadowDatabases.keys()].map(dropShadowDatabase));
}
