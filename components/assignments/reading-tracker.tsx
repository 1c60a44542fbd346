"use client";

import { useEffect } from "react";

/**
 * Records how far a student read and for how long, so the teacher can see who read before answering.
 * Counts time only while the page is visible; reports every 15 s and when the page is left.
 */
export function ReadingTracker({ assignmentId, containerId }: { assignmentId: string; containerId: string }) {
  useEffect(() => {
    const container = document.getElementById(containerId);
    if (!container) return;
    const paragraphs = [...container.querySelectorAll<HTMLElement>("[data-paragraph-index]")];
    let reached = 0;
    let seconds = 0;
    let sent = "";

    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) reached = Math.max(reached, Number((entry.target as HTMLElement).dataset.paragraphIndex) + 1);
      }
    });
    paragraphs.forEach((p) => observer.observe(p));

    const tick = window.setInterval(() => {
      if (document.visibilityState === "visible") seconds++;
    }, 1000);

    const report = () => {
      const body = JSON.stringify({ paragraphsReached: reached, secondsOnText: seconds });
      if (body === sent) return;
      sent = body;
      const url = `/api/assignments/${assignmentId}/reading`;
      // keepalive lets the last report outlive the page, as sendBeacon would; unlike sendBeacon (text/plain)
      // it can say the body is JSON, which the route requires (server/http.ts).
      void fetch(url, { method: "POST", body, headers: { "Content-Type": "application/json" }, keepalive: true }).catch(() => (sent = ""));
    };
    const every = window.setInterval(() => report(), 15_000);
    const onHide = () => document.visibilityState === "hidden" && report();
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", () => report());

    return () => {
      observer.disconnect();
      window.clearInterval(tick);
      window.clearInterval(every);
      document.removeEventListener("visibilitychange", onHide);
      report();
    };
  }, [assignmentId, containerId]);
  return null;
}
