// The production server's heap ceiling. Left alone, V8 grows the heap toward ~360 MB under 50 concurrent
// renders and keeps it, for ~70 MB of live data (bench/README.md): a ceiling keeps the process's resident
// memory under 400 MB, at the price of more frequent garbage collection under heavy load.
// An operator's own --max-old-space-size in NODE_OPTIONS wins.
export const APP_HEAP_MB = 256;

export function withAppHeapLimit(nodeOptions = ""): string {
  return /--max-old-space-size/.test(nodeOptions) ? nodeOptions : `${nodeOptions} --max-old-space-size=${APP_HEAP_MB}`.trim();
}
