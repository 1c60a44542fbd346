// The pages prerendered at build time (○/● in `next build`), one of each kind, for the e2e checks of their
// hash CSP and layout stability and for `scripts/lighthouse.ts`.
export const PUBLIC_PAGES = [
  "/",
  "/lessons",
  "/lessons/02-mikoyan-close-reading",
  "/sources",
  "/sources/gromyko-kuznetsov-1962-11-01",
  "/compare",
  "/timeline",
  "/glossary",
  "/unit",
  "/login",
] as const;
