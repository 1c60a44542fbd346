"use client";

import { useSyncExternalStore, type ReactNode } from "react";
import { TextVersionSwitch } from "@/components/quiz/text-version-switch";
import type { TextVersion } from "@/lib/quiz/text-version";

/**
 * The document's two texts in one prerendered page: the original shown, the adapted version one press away.
 * Both are in the HTML (the page is the same for everyone, so it can be built once); the choice is kept in
 * the address (?version=adapted) so a link can open the adapted text and a reload keeps it.
 */
const CHANGED = "sourcework:text-version";
function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}
const fromAddress = (): TextVersion => (new URLSearchParams(window.location.search).get("version") === "adapted" ? "adapted" : "original");

export function TextVersions({ original, adapted }: { original: ReactNode; adapted: ReactNode }) {
  // The prerendered HTML shows the original; the address decides once the page runs.
  const version = useSyncExternalStore(subscribe, fromAddress, () => "original" as const);
  function choose(next: TextVersion) {
    const url = new URL(window.location.href);
    if (next === "adapted") url.searchParams.set("version", "adapted");
    else url.searchParams.delete("version");
    window.history.replaceState(null, "", url);
    window.dispatchEvent(new Event(CHANGED));
  }
  return (
    <>
      <div className="mb-4" data-no-print>
        <TextVersionSwitch version={version} onChange={choose} />
      </div>
      <div hidden={version !== "original"}>{original}</div>
      <div hidden={version !== "adapted"}>{adapted}</div>
    </>
  );
}
