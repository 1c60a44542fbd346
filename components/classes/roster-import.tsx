"use client";

import { useActionState, useState } from "react";
import { importRosterAction } from "@/server/actions/classes";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idle } from "@/lib/form-state";

/** Paste or choose a CSV of `username,display name`; all rows are imported or none, with a printable sheet after. */
export function RosterImport({ classId, className }: { classId: string; className: string }) {
  const [state, action] = useActionState(importRosterAction, idle);
  const [csv, setCsv] = useState("");
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-3">
        <input type="hidden" name="classId" value={classId} />
        <div>
          <label htmlFor="roster-file" className="block text-sm font-medium">Choose a CSV file</label>
          <input
            id="roster-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            className="mt-1 block text-sm"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (file) setCsv(await file.text());
            }}
          />
        </div>
        <div>
          <label htmlFor="roster-csv" className="block text-sm font-medium">…or paste it here</label>
          <p id="roster-csv-hint" className="text-sm text-neutral-600 dark:text-neutral-400">One student per line: <code>username,display name</code>. A header line is optional.</p>
          <textarea id="roster-csv" name="csv" aria-describedby="roster-csv-hint" rows={6} value={csv} onChange={(e) => setCsv(e.target.value)} required className="mt-1 block w-full rounded-md border border-neutral-400 bg-white p-2 font-mono text-sm dark:border-neutral-600 dark:bg-neutral-900" />
        </div>
        <SubmitButton pendingLabel="Importing…">Import students</SubmitButton>
      </form>
      {state.status === "error" && <FormMessage state={state} />}
      {state.status === "ok" && (
        <section aria-labelledby="sheet-heading" className="rounded-lg border border-neutral-300 p-4 dark:border-neutral-700">
          <h3 id="sheet-heading" className="font-semibold" role="status">Imported {state.data.length} students into {className}</h3>
          <p className="text-sm">Temporary passwords are shown only now. Print this sheet and cut it into slips. Each works once, to choose one’s own password, and stops working if not used soon.</p>
          <button type="button" onClick={() => window.print()} className="mt-2 rounded-md border border-neutral-400 px-3 py-1 text-sm" data-no-print>
            Print sign-in slips
          </button>
          <table className="mt-3 w-full text-left text-sm">
            <thead><tr><th scope="col">Name</th><th scope="col">Username</th><th scope="col">Temporary password</th></tr></thead>
            <tbody>
              {state.data.map((s) => (
                <tr key={s.username} className="border-t border-dashed border-neutral-400">
                  <td className="py-2">{s.name}</td>
                  <td className="font-mono">{s.username}</td>
                  <td className="font-mono">{s.temporaryPassword}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
