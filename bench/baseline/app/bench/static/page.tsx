// Baseline S of the benchmark (bench/README.md), added to the benchmark's own build only (bench/lib/
// instrumented-build.ts copies bench/baseline/app into the build copy's app/): the cheapest page this app
// can serve — prerendered at build time (○ in `next build`), through the same root layout and proxy (its
// hash CSP) as the public pages. What a file costs on this server: the framework's real floor.
export const metadata = { title: "Benchmark baseline" };

export default function BenchStaticPage() {
  return <p>Static baseline.</p>;
}
