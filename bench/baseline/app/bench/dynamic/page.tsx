import { connection } from "next/server";

// Baseline D of the benchmark (bench/README.md), in the benchmark's own build only: the same bare page as
// /bench/static, rendered per request (connection()) with the proxy's per-request nonce, as every page was
// before the public ones were prerendered, and as the signed-in pages still are.
export const metadata = { title: "Benchmark baseline (dynamic)" };

export default async function BenchDynamicPage() {
  await connection();
  return <p>Dynamic baseline.</p>;
}
