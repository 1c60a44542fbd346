import Link from "next/link";

const links = [
  { href: "/lessons", label: "Lessons" },
  { href: "/sources", label: "Sources" },
  { href: "/compare", label: "Compare" },
  { href: "/timeline", label: "Timeline" },
  { href: "/glossary", label: "Glossary" },
];

// The header is the same HTML for every visitor (the public pages are prerendered); the account links are
// filled in after load (children). Their slot has a fixed place and height whatever it ends up holding, so
// nothing moves when they arrive: beside the name on a row of its own above the navigation below 1024 px,
// at the end of one row from there.
export function SiteHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header data-site-header className="border-b border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto grid max-w-5xl grid-cols-[auto_minmax(0,1fr)] items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6 lg:flex">
        <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
          Sourcework
        </Link>
        <nav aria-label="Main" className="col-span-2 row-start-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="underline-offset-4 hover:underline">
              {l.label}
            </Link>
          ))}
        </nav>
        <div data-account-slot className="col-start-2 row-start-1 flex h-9 items-center justify-end gap-3 whitespace-nowrap text-sm lg:ml-auto">
          {children}
        </div>
      </div>
    </header>
  );
}
