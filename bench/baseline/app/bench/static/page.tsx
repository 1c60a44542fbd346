// Baseline A of the benchmark (bench/README.md), added to the benchmark's own build only (bench/lib/
// instrumented-build.ts copies bench/baseline/app into the build copy's app/): the cheapest page this app
// can serve, through the same root layout, proxy (CSP nonce) and dynamic rendering as every other page.
export const metadata = { title: "Benchmark baseline" };

export default function BenchStaticPage() {
  return <p>Static baseline.</p>;
}
