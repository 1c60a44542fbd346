// Row count and a hash of the contents of every table of a database: any insert, update or delete changes it.
import pg from "pg";

export async function tableHashes(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
    const hashes: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: number; hash: string }>(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${name}" t`);
      hashes[name] = `${rows[0]!.rows} rows, ${rows[0]!.hash}`;
    }
    return hashes;
  } finally {
    await client.end();
  }
}
