"use client";

import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { locateSentence, READ_ALOUD_RATES, readAloudQueue, type ReadAloudChoice, type ReadAloudItem, type ReadAloudParagraph } from "@/lib/reading/read-aloud";

export type { ReadAloudParagraph } from "@/lib/reading/read-aloud";

type Voices = "checking" | "ready" | "none" | "unsupported";
type Playback = "idle" | "playing" | "paused";

/** How long to wait for the browser's voices to arrive (voiceschanged) before saying there are none. */
const VOICES_WAIT_MS = 1500;
/** The highlight of the sentence being read (CSS Custom Highlight API, styled in app/reading.css). */
const HIGHLIGHT = "read-aloud";
/** Another read-aloud on the page starts speaking: the speech engine is one per page, so this one stops. */
const START_EVENT = "sourcework:read-aloud-start";
/** The text being read is put away (a sheet closed): every read-aloud on the page stops. */
const STOP_EVENT = "sourcework:read-aloud-stop";

/** Stops any read-aloud on the page, e.g. when the sheet it reads in is closed: no voice without its controls. */
export function stopReadAloud() {
  window.dispatchEvent(new Event(STOP_EVENT));
}

function useVoices(): [Voices, () => SpeechSynthesisVoice | null] {
  const [state, setState] = useState<Voices>("checking");
  const voices = useRef<SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    const supported = typeof window.speechSynthesis !== "undefined" && typeof window.SpeechSynthesisUtterance !== "undefined";
    const synth = supported ? window.speechSynthesis : null;
    const check = () => {
      voices.current = synth?.getVoices() ?? [];
      if (voices.current.length > 0) setState("ready");
      return voices.current.length > 0;
    };
    // Chromium loads its voices after the page: they arrive with voiceschanged, or never when there are none.
    synth?.addEventListener("voiceschanged", check);
    const first = window.setTimeout(() => (supported ? check() : setState("unsupported")), 0);
    const last = window.setTimeout(() => {
      if (supported && !check()) setState("none");
    }, VOICES_WAIT_MS);
    return () => {
      synth?.removeEventListener("voiceschanged", check);
      window.clearTimeout(first);
      window.clearTimeout(last);
    };
  }, []);
  const pick = useCallback(() => {
    const english = voices.current.filter((v) => v.lang.toLowerCase().startsWith("en"));
    return english.find((v) => v.default) ?? english[0] ?? voices.current.find((v) => v.default) ?? voices.current[0] ?? null;
  }, []);
  return [state, pick];
}

/** Marks the sentence in the page's own text (no extra markup, so annotation and other layers are untouched). */
function highlight(item: ReadAloudItem | null) {
  document.querySelectorAll("[data-read-aloud-paragraph]").forEach((el) => el.removeAttribute("data-read-aloud-paragraph"));
  const registry = typeof CSS !== "undefined" && "highlights" in CSS ? CSS.highlights : null;
  registry?.delete(HIGHLIGHT);
  if (!item) return;
  const element = document.getElementById(item.elementId);
  if (!element) return;
  element.setAttribute("data-read-aloud-paragraph", "");
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const at = locateSentence(
    nodes.map((n) => n.data),
    item.text,
  );
  const range = document.createRange();
  if (at) {
    range.setStart(nodes[at.start[0]]!, at.start[1]);
    range.setEnd(nodes[at.end[0]]!, at.end[1]);
  } else range.selectNodeContents(element);
  if (registry && typeof Highlight !== "undefined") registry.set(HIGHLIGHT, new Highlight(range));
  element.scrollIntoView({ block: "nearest", behavior: "smooth" });
}

const button =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-neutral-400 bg-[var(--color-card)] px-4 py-2 text-sm font-medium hover:border-neutral-600 disabled:cursor-not-allowed disabled:opacity-60 dark:border-neutral-600";
const select = "min-h-11 rounded-lg border border-neutral-400 bg-[var(--color-card)] px-3 py-2 text-sm dark:border-neutral-600";

/**
 * Read-aloud with the browser's own speech synthesis (Web Speech API; nothing leaves the browser): the whole
 * excerpt or one paragraph, one utterance per sentence so the sentence being spoken is highlighted, with
 * pause, resume, stop and speed. Hidden, with a one-line reason, where the browser has no voices.
 * `defaultOpen` shows the controls without the extra click (for a "read-aloud on" accommodation).
 */
export function ReadAloud({ title, paragraphs, defaultOpen = false }: { title: string; paragraphs: readonly ReadAloudParagraph[]; defaultOpen?: boolean }) {
  const [voices, pickVoice] = useVoices();
  const [open, setOpen] = useState(defaultOpen);
  const [choice, setChoice] = useState<ReadAloudChoice>("all");
  const [rate, setRate] = useState(1);
  const [playback, setPlayback] = useState<Playback>("idle");
  const [current, setCurrent] = useState<ReadAloudItem | null>(null);
  const run = useRef(0); // bumped by every start and stop: events of an older run are ignored
  const rateRef = useRef(rate);
  rateRef.current = rate;
  const id = useId();
  const queue = useMemo(() => readAloudQueue(paragraphs, choice), [paragraphs, choice]);

  const stop = useCallback(() => {
    run.current++;
    window.speechSynthesis?.cancel();
    setPlayback("idle");
    setCurrent(null);
    highlight(null);
  }, []);

  useEffect(() => {
    const other = (event: Event) => {
      if ((event as CustomEvent<string>).detail !== id) {
        run.current++;
        setPlayback("idle");
        setCurrent(null);
      }
    };
    window.addEventListener(START_EVENT, other);
    window.addEventListener(STOP_EVENT, stop);
    return () => {
      window.removeEventListener(START_EVENT, other);
      window.removeEventListener(STOP_EVENT, stop);
    };
  }, [id, stop]);
  useEffect(() => () => {
    // Leaving the page (or the question) stops the voice.
    if (typeof window.speechSynthesis !== "undefined") window.speechSynthesis.cancel();
    highlight(null);
  }, []);

  function speak(index: number, token: number) {
    const item = queue[index];
    if (token !== run.current) return;
    if (!item) {
      setPlayback("idle");
      setCurrent(null);
      highlight(null);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(item.text);
    const voice = pickVoice();
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang ?? "en";
    utterance.rate = rateRef.current;
    setCurrent(item);
    highlight(item);
    utterance.onend = () => speak(index + 1, token);
    utterance.onerror = (event) => {
      // Stopping or starting again interrupts the utterance on purpose; anything else ends this run.
      if (event.error !== "interrupted" && event.error !== "canceled" && token === run.current) stop();
    };
    window.speechSynthesis.speak(utterance);
  }

  function play() {
    if (playback === "paused") {
      window.speechSynthesis.resume();
      setPlayback("playing");
      return;
    }
    if (playback === "playing") {
      window.speechSynthesis.pause();
      setPlayback("paused");
      return;
    }
    window.dispatchEvent(new CustomEvent(START_EVENT, { detail: id }));
    window.speechSynthesis.cancel();
    const token = ++run.current;
    setPlayback("playing");
    speak(0, token);
  }

  if (voices === "checking") return null;
  if (voices !== "ready") {
    return (
      <p data-testid="read-aloud-unavailable" className="text-sm text-[var(--color-muted)]">
        {voices === "unsupported" ? "Read-aloud is not available: this browser cannot speak text." : "Read-aloud is not available: this browser has no voices installed to read with."}
      </p>
    );
  }

  const where = current ? `¶${current.paragraph}, sentence ${current.sentence} of ${current.of}` : "";
  return (
    <div data-no-print data-testid="read-aloud" className="rounded-lg border border-[var(--color-rule)] px-3 py-2">
      <button type="button" aria-expanded={open} aria-controls={`${id}-controls`} onClick={() => setOpen(!open)} className="inline-flex min-h-11 items-center gap-2 text-sm font-medium underline-offset-4 hover:underline">
        <span aria-hidden="true">{open ? "▾" : "▸"}</span>
        Read aloud<span className="sr-only">: {title}</span>
      </button>
      <div id={`${id}-controls`} hidden={!open} className="space-y-2 pb-1 pt-1">
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col gap-1 text-sm">
            What to read
            <select value={String(choice)} onChange={(e) => { stop(); setChoice(e.target.value === "all" ? "all" : Number(e.target.value)); }} className={select}>
              <option value="all">The whole excerpt</option>
              {paragraphs.map((p) => (
                <option key={p.number} value={p.number}>
                  ¶{p.number}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1 text-sm">
            Speed
            <select value={rate} onChange={(e) => setRate(Number(e.target.value))} className={select}>
              {READ_ALOUD_RATES.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={play} className={button}>
            <span aria-hidden="true">{playback === "playing" ? "❚❚" : "▶"}</span>
            {playback === "playing" ? "Pause" : playback === "paused" ? "Resume" : "Play"}
          </button>
          <button type="button" onClick={stop} disabled={playback === "idle"} className={button}>
            <span aria-hidden="true">■</span>
            Stop
          </button>
        </div>
        <p className="min-h-5 text-sm text-[var(--color-muted)]" data-testid="read-aloud-position">
          <span role="status">{playback === "playing" ? "Reading" : playback === "paused" ? "Paused at" : ""}</span> {where}
        </p>
      </div>
    </div>
  );
}
