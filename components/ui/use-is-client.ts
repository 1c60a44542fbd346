import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False during server rendering and hydration, true after: for values only the browser knows (its time zone). */
export function useIsClient() {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
