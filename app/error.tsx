"use client";

import { useSyncExternalStore } from "react";

// Client error boundaries cannot load the server catalogues: the layout renders this page's
// translated text into a hidden element (#error-strings), read here.
const EMPTY = '{"title":"","body":"","retry":"","reference":""}';
const subscribe = () => () => undefined;
function snapshot(): string {
  const el = document.getElementById("error-strings");
  return el
    ? JSON.stringify({
        title: el.dataset.title,
        body: el.dataset.body,
        retry: el.dataset.retry,
        reference: el.dataset.reference,
      })
    : EMPTY;
}

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const strings = JSON.parse(useSyncExternalStore(subscribe, snapshot, () => EMPTY)) as Record<
    "title" | "body" | "retry" | "reference",
    string
  >;
  return (
    <div role="alert" className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{strings.title}</h1>
      <p className="text-slate-700">{strings.body}</p>
      {error.digest ? (
        <p className="text-sm text-slate-600">
          {strings.reference}: <span className="font-mono">{error.digest}</span>
        </p>
      ) : null}
      <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-4 py-2 text-white">
        {strings.retry}
      </button>
    </div>
  );
}
