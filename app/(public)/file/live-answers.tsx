"use client";

import { useEffect, useState } from "react";

export type Answer = { question: string; answer: string; legalBasis: string | null };

/** Knowledge-base answers as a definition list: the question, then the answer and its legal basis. */
export function AnswerList({ answers }: { answers: readonly Answer[] }) {
  return (
    <dl className="space-y-3">
      {answers.map((entry) => (
        <div key={entry.question}>
          <dt className="font-medium">{entry.question}</dt>
          <dd className="text-slate-700">
            {entry.answer}
            {entry.legalBasis ? <span className="block text-sm text-slate-600">{entry.legalBasis}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const WATCHED = ["field-title", "field-description"];
const PAUSE_MS = 400;

/**
 * Knowledge-base answers that may already answer the question, shown while the citizen types
 * the title and description (after a pause). Without JavaScript the "check" step shows them.
 */
export function LiveAnswers({ title, lead }: { title: string; lead: string }) {
  const [answers, setAnswers] = useState<Answer[]>([]);

  useEffect(() => {
    const fields = WATCHED.map((id) => document.getElementById(id)).filter(
      (el): el is HTMLInputElement | HTMLTextAreaElement =>
        el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement,
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    let lastQuery = "";
    const lookUp = () => {
      const query = fields
        .map((field) => field.value)
        .join(" ")
        .trim();
      if (query === lastQuery) return;
      lastQuery = query;
      controller?.abort();
      if (query.length < 2) return setAnswers([]);
      controller = new AbortController();
      fetch(`/api/v1/knowledge?q=${encodeURIComponent(query.slice(0, 300))}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ answers: Answer[] }>) : { answers: [] }))
        .then((body) => setAnswers(body.answers))
        .catch(() => undefined); // aborted or offline: keep what is shown
    };
    const onInput = () => {
      clearTimeout(timer);
      timer = setTimeout(lookUp, PAUSE_MS);
    };
    for (const field of fields) field.addEventListener("input", onInput);
    return () => {
      clearTimeout(timer);
      controller?.abort();
      for (const field of fields) field.removeEventListener("input", onInput);
    };
  }, []);

  return (
    <div aria-live="polite">
      {answers.length ? (
        <section
          aria-labelledby="live-answers-heading"
          className="space-y-3 rounded-lg border border-green-200 bg-green-50 p-4"
        >
          <h3 id="live-answers-heading" className="text-lg font-semibold">
            {title}
          </h3>
          <p className="text-slate-700">{lead}</p>
          <AnswerList answers={answers} />
        </section>
      ) : null}
    </div>
  );
}
