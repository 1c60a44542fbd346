"use client";

import { useEffect, useId, useRef, useState } from "react";
import { moveItem, readOrder } from "@/lib/quiz/answers";
import { legendClass, secondaryButton } from "./styles";
import type { InputProps } from "./types";

type Direction = "up" | "down";

/**
 * Ordering without drag: each item has "Move up" / "Move down" buttons named with the item's text.
 * Focus stays on the button that was pressed as its item moves (React may re-insert the node, which
 * drops focus, so it is put back explicitly), and a live region says where the item now is.
 * At the ends the buttons are aria-disabled rather than disabled, so focus never falls to the page.
 */
export function OrderingInput({ question, response, disabled, onChange }: InputProps<"ordering">) {
  const legendId = useId();
  const saved = readOrder(response, question.items);
  const order = saved ?? question.items.map((i) => i.id);
  const textOf = new Map(question.items.map((i) => [i.id, i.text]));
  const [announcement, setAnnouncement] = useState("");
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    if (!refocus.current) return;
    buttons.current.get(refocus.current)?.focus();
    refocus.current = null;
  });

  function move(index: number, direction: Direction) {
    const id = order[index];
    if (id === undefined) return;
    const text = textOf.get(id) ?? id;
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= order.length) {
      setAnnouncement(`“${text}” is already ${direction === "up" ? "first" : "last"}.`);
      return;
    }
    onChange({ order: moveItem(order, index, target) }, "now");
    refocus.current = `${id}:${direction}`;
    setAnnouncement(`“${text}” moved to position ${target + 1} of ${order.length}.`);
  }

  return (
    <fieldset disabled={disabled}>
      <legend id={legendId} className={legendClass}>
        {question.prompt}
      </legend>
      {!disabled && (
        <p className="-mt-1 mb-3 text-sm text-neutral-700 dark:text-neutral-300">
          {saved ? "Use the Move up and Move down buttons to change the order." : "Use the Move up and Move down buttons to put the items in order. If the order below is already right, choose “Use this order”."}
        </p>
      )}
      <ol aria-labelledby={legendId} className="grid gap-2">
        {order.map((id, index) => {
          const text = textOf.get(id) ?? id;
          const first = index === 0;
          const last = index === order.length - 1;
          return (
            <li key={id} className="flex items-stretch gap-3 rounded-lg border border-neutral-300 bg-white p-2 pl-3 dark:border-neutral-700 dark:bg-neutral-900">
              <span aria-hidden="true" className="w-6 shrink-0 self-center text-center text-base font-semibold tabular-nums text-neutral-600 dark:text-neutral-400">
                {index + 1}
              </span>
              <span className="min-w-0 flex-1 self-center py-1 text-base leading-snug">{text}</span>
              <span className="flex shrink-0 flex-col gap-1">
                {(["up", "down"] as const).map((direction) => {
                  const atEnd = direction === "up" ? first : last;
                  return (
                    <button
                      key={direction}
                      type="button"
                      ref={(node) => {
                        if (node) buttons.current.set(`${id}:${direction}`, node);
                        else buttons.current.delete(`${id}:${direction}`);
                      }}
                      aria-label={`${direction === "up" ? "Move up" : "Move down"}: ${text}`}
                      aria-disabled={atEnd || undefined}
                      onClick={() => move(index, direction)}
                      className={`${secondaryButton} min-w-11 px-2 text-sm`}
                    >
                      <span aria-hidden="true">{direction === "up" ? "▲" : "▼"}</span>
                      <span className="sr-only sm:not-sr-only">{direction === "up" ? "Move up" : "Move down"}</span>
                    </button>
                  );
                })}
              </span>
            </li>
          );
        })}
      </ol>
      {!saved && !disabled && (
        <button type="button" onClick={() => onChange({ order }, "now")} className={`${secondaryButton} mt-3`}>
          Use this order
        </button>
      )}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}
