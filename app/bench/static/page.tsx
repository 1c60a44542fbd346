import { notFound } from "next/navigation";

// Benchmark baseline (bench/README.md): the cheapest page this app can serve, through the same layout,
// proxy (CSP nonce) and dynamic rendering as every other page. Absent unless SOURCEWORK_BENCH=1.
export const metadata = { title: "Benchmark baseline" };

export default function BenchStaticPage() {
  if (process.env.SOURCEWORK_BENCH !== "1") notFound();
  return <p>Static baseline.</p>;
}
