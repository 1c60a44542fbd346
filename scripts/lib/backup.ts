// A consistent, logical backup of Sourcework's database, and its restore into an empty one, with nothing but
// Node and `pg`: pg_dump must be at least the server's major version, and no package ships a pg_dump 18 for
// the embedded server (Debian 12 has 15), so a fresh machine could not back up with it.
//
// The file is gzip'd JSON lines: a header (format, server, the applied migrations with their SQL, the
// tables in foreign-key order), then each table's rows as PostgreSQL's own row_to_json text (never parsed
// in JavaScript, so bigints, floats, timestamps and JSON survive exactly), then a trailer with the row
// counts, so a truncated file is refused. Every table is read in one REPEATABLE READ snapshot, as pg_dump does.
// Restore recreates the schema from the backup's own migrations and loads the rows in one transaction.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import pg from "pg";

export const FORMAT = "sourcework-backup";
export const VERSION = 1;
const BATCH = 500;

type Migration = { name: string; checksum: string; sql: string };
type Table = { name: string; columns: string[] };
type Header = { format: typeof FORMAT; version: number; createdAt: string; server: string; migrations: Migration[]; tables: Table[] };
type Trailer = { end: true; rows: Record<string, number> };

// The table `prisma migrate` keeps its history in; it is created by Prisma, not by a migration.
const PRISMA_MIGRATIONS_DDL = `CREATE TABLE "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function backupDatabase(opts: { url: string; file: string; migrationsDir: string }): Promise<Trailer["rows"]> {
  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  const partial = `${opts.file}.partial`;
  fs.mkdirSync(path.dirname(path.resolve(opts.file)), { recursive: true });
  const gzip = zlib.createGzip();
  const out = fs.createWriteStream(partial, { mode: 0o600 }); // it holds password hashes and students' work
  const finished = new Promise<void>((resolve, reject) => (out.on("finish", resolve), out.on("error", reject), gzip.on("error", reject)));
  gzip.pipe(out);
  const write = (line: string) => (gzip.write(`${line}\n`) ? Promise.resolve() : new Promise<void>((r) => gzip.once("drain", () => r())));
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await tablesInLoadOrder(client);
    const header: Header = {
      format: FORMAT,
      version: VERSION,
      createdAt: new Date().toISOString(),
      server: (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v,
      migrations: await appliedMigrations(client, opts.migrationsDir),
      tables,
    };
    await write(JSON.stringify(header));
    const rows: Record<string, number> = {};
    for (const table of tables) {
      await write(JSON.stringify({ table: table.name }));
      let count = 0;
      await client.query(`DECLARE rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${ident(table.name)} t`);
      for (;;) {
        const batch = await client.query<{ j: string }>(`FETCH ${BATCH} FROM rows`);
        for (const row of batch.rows) await write(row.j);
        count += batch.rows.length;
        if (batch.rows.length < BATCH) break;
      }
      await client.query("CLOSE rows");
      rows[table.name] = count;
    }
    await write(JSON.stringify({ end: true, rows } satisfies Trailer));
    await client.query("COMMIT");
    gzip.end();
    await finished;
    fs.renameSync(partial, opts.file);
    return rows;
  } catch (error) {
    gzip.destroy();
    out.destroy();
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function restoreDatabase(opts: { url: string; file: string }): Promise<Trailer["rows"]> {
  const { header, trailer } = await readEnvelope(opts.file);
  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  try {
    const existing = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    if (existing.rowCount) {
      throw new Error(`restore needs an empty database, and this one has ${existing.rowCount} table(s) (${existing.rows.slice(0, 5).map((r) => r.name).join(", ")}…): create a new database, or empty this one, and restore into that`);
    }
    await client.query("BEGIN");
    for (const migration of header.migrations) await client.query(migration.sql);
    await client.query(PRISMA_MIGRATIONS_DDL);
    const counts: Record<string, number> = {};
    let table: Table | undefined;
    let batch: string[] = [];
    const flush = async () => {
      if (!table || batch.length === 0) return;
      const columns = table.columns.map(ident).join(", ");
      await client.query(`INSERT INTO ${ident(table.name)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${ident(table.name)}, $1::json)`, [`[${batch.join(",")}]`]);
      counts[table.name] = (counts[table.name] ?? 0) + batch.length;
      batch = [];
    };
    for await (const line of lines(opts.file, { skip: 1 })) {
      if (line.startsWith('{"table":')) {
        await flush();
        const name = (JSON.parse(line) as { table: string }).table;
        table = header.tables.find((t) => t.name === name);
        if (!table) throw new Error(`${opts.file}: rows for table "${name}", which its header does not list`);
        counts[name] = 0;
      } else if (line.startsWith('{"end":')) {
        await flush();
        break;
      } else {
        batch.push(line);
        if (batch.length >= BATCH) await flush();
      }
    }
    for (const [name, expected] of Object.entries(trailer.rows)) {
      if (counts[name] !== expected) throw new Error(`${opts.file}: table "${name}" should have ${expected} rows, and ${counts[name] ?? 0} were read`);
    }
    await resetSequences(client);
    await client.query("COMMIT");
    return counts;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The header and the trailer, checked before anything is written: the right format, complete. */
async function readEnvelope(file: string): Promise<{ header: Header; trailer: Trailer }> {
  let header: Header | undefined;
  let last = "";
  for await (const line of lines(file)) {
    if (!header) {
      header = JSON.parse(line) as Header;
      if (header.format !== FORMAT || header.version !== VERSION) throw new Error(`${file} is not a ${FORMAT} file of version ${VERSION}`);
    }
    last = line;
  }
  if (!header) throw new Error(`${file} is empty`);
  const trailer = last.startsWith('{"end":') ? (JSON.parse(last) as Trailer) : undefined;
  if (!trailer) throw new Error(`${file} is incomplete (no end marker): the backup did not finish`);
  return { header, trailer };
}

async function* lines(file: string, opts: { skip?: number } = {}): AsyncGenerator<string> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  let skip = opts.skip ?? 0;
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    if (skip > 0) {
      skip--;
      continue;
    }
    if (line) yield line;
  }
}

/** Every table of the public schema, each after the tables its foreign keys point at. */
async function tablesInLoadOrder(client: pg.Client): Promise<Table[]> {
  const { rows: columns } = await client.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname, a.attnum`,
  );
  const { rows: references } = await client.query<{ from: string; to: string }>(
    `SELECT c.conrelid::regclass::text AS from, c.confrelid::regclass::text AS to FROM pg_constraint c
       JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  const tables = new Map<string, string[]>();
  for (const { table, column } of columns) tables.set(table, [...(tables.get(table) ?? []), column]);
  const unquote = (name: string) => name.replace(/^"(.*)"$/, "$1").replaceAll('""', '"');
  const ordered: Table[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") throw new Error(`foreign keys form a cycle through "${name}": cannot order the tables`);
    state.set(name, "visiting");
    for (const r of references) if (unquote(r.from) === name && unquote(r.to) !== name) visit(unquote(r.to));
    state.set(name, "done");
    ordered.push({ name, columns: tables.get(name)! });
  };
  for (const name of [...tables.keys()].sort()) visit(name);
  return ordered;
}

/** The migrations the database has applied, with their SQL from this checkout, checked against Prisma's checksums. */
async function appliedMigrations(client: pg.Client, dir: string): Promise<Migration[]> {
  const { rows } = await client.query<{ name: string; checksum: string }>(
    `SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY finished_at, migration_name`,
  );
  return rows.map(({ name, checksum }) => {
    const file = path.join(dir, name, "migration.sql");
    if (!fs.existsSync(file)) throw new Error(`the database has applied migration ${name}, which ${dir} does not have: back up from the checkout that deployed it`);
    const sql = fs.readFileSync(file, "utf8");
    if (crypto.createHash("sha256").update(sql).digest("hex") !== checksum) {
      throw new Error(`${file} differs from the migration ${name} the database applied: back up from the checkout that deployed it`);
    }
    return { name, checksum, sql };
  });
}

/** Serial and identity columns continue after the restored rows, not from 1. */
async function resetSequences(client: pg.Client) {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(format('%I', c.relname), a.attname) AS sequence
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND pg_get_serial_sequence(format('%I', c.relname), a.attname) IS NOT NULL`,
  );
  for (const r of rows) {
    await client.query(`SELECT setval($1, coalesce((SELECT max(${ident(r.column)}) FROM ${ident(r.table)}), 0) + 1, false)`, [r.sequence]);
  }
}
