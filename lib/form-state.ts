// The shape every form action returns to `useActionState`: field errors and a message, never a thrown error.
export type FormState<T = unknown> =
  | { status: "idle" }
  | { status: "ok"; data: T; message?: string }
  | { status: "error"; message: string; code?: string; fieldErrors?: Record<string, string[] | undefined> };

export const idle = { status: "idle" } as const satisfies FormState<never>;
