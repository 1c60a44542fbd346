// Plain `pg` helpers for what the wasm engine cannot do itself: it has no notion of a database that does
// not exist yet (the CLI's P1003 → create flow) and its errors carry no Prisma error codes.
import pg from "pg";

/** Same default as the native engine: give up on an unreachable server after 5 s instead of hanging. */
export function poolConfig(url) {
  const timeout = new URL(url).searchParams.get("connect_timeout");
  return { connectionString: url, connectionTimeoutMillis: 1000 * Number(timeout ?? 5) };
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

export function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

/** Runs `fn` with a short-lived client on `url`; the client is always closed. */
export async function withClient(url, fn) {
  const client = new pg.Client(poolConfig(url));
  client.on("error", () => {}); // a dropped socket surfaces through the pending query instead
  try {
    await client.connect();
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** `cli can-connect-to-database`. */
export async function canConnect(url) {
  await withClient(url, (client) => client.query("SELECT 1"));
}

/** CREATE/DROP DATABASE cannot run inside the target database; like the native engine, use a maintenance one. */
async function withMaintenanceClient(url, fn) {
  try {
    return await withClient(withDatabase(url, "postgres"), fn);
  } catch (error) {
    if (error.code !== "3D000") throw error;
    return withClient(withDatabase(url, "template1"), fn);
  }
}

export async function createDatabase(url, name = databaseName(url)) {
  await withMaintenanceClient(url, (client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
  return name;
}

export async function dropDatabase(url, name = databaseName(url)) {
  await withMaintenanceClient(url, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
  );
}

/** Empties the schema the URL points at (`?schema=`, else public), as `migrate reset` would. */
export async function resetSchema(url) {
  const schema = pg.escapeIdentifier(new URL(url).searchParams.get("schema") ?? "public");
  await withClient(url, (client) =>
    client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`),
  );
}

/**
 * Maps a `pg` connection error to the Prisma error code and wording of the native engine, so the CLI
 * reacts the same way (P1003 in particular makes `migrate dev` / `db push` create the database).
 */
export function describeError(error, url) {
  const u = new URL(url);
  const where = `${u.hostname}:${u.port || 5432}`;
  const user = decodeURIComponent(u.username);
  const db = databaseName(url);
  switch (error.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
      return {
        error_code: "P1001",
        message: `Can't reach database server at \`${where}\`\n\nPlease make sure your database server is running at \`${where}\`.`,
      };
    case "28P01":
      return {
        error_code: "P1000",
        message: `Authentication failed against database server at \`${u.hostname}\`, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${u.hostname}\`.`,
      };
    case "3D000":
      return {
        error_code: "P1003",
        message: `Database \`${db}\` does not exist on the database server at \`${where}\`.`,
      };
    case "42P04":
      return {
        error_code: "P1009",
        message: `Database \`${db}\` already exists on the database server at \`${where}\``,
      };
    case "28000":
    case "42501":
      return { error_code: "P1010", message: `User \`${user}\` was denied access on the database \`${db}\`` };
  }
  if (error.message === "Connection terminated unexpectedly") {
    return { error_code: "P1017", message: "Server has closed the connection." };
  }
  if (error.code === "ETIMEDOUT" || /timeout/.test(error.message ?? "")) {
    return {
      error_code: "P1002",
      message: `The database server at \`${where}\` was reached but timed out.\n\nPlease try again.\n\nPlease make sure your database server is running at \`${where}\`.`,
    };
  }
  return { message: error.message ?? String(error) };
}
