"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

const POLL_MS = 700;

/**
 * The import's progress bar, kept current by polling the job; when the job ends the page reloads
 * its result. Without JavaScript the page refreshes itself instead (see the page's <noscript>).
 */
export function LiveProgress({
  jobId,
  label,
  initial,
}: {
  jobId: number;
  label: string;
  initial: { processed: number; total: number };
}) {
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      try {
        const response = await fetch(`/admin/import/jobs/${jobId}/progress`, { cache: "no-store" });
        if (response.ok) {
          const job = (await response.json()) as { status: string; processed: number; total: number };
          if (stopped) return;
          setProgress({ processed: job.processed, total: job.total });
          if (job.status !== "running") {
            router.refresh();
            return;
          }
        }
      } catch {
        // A missed poll is retried on the next tick.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    let timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, router]);
  const text = `${progress.processed} / ${progress.total}`;
  return (
    <div className="flex flex-wrap items-center gap-3">
      <label htmlFor={`import-job-${jobId}`}>{label}</label>
      <progress
        id={`import-job-${jobId}`}
        value={progress.processed}
        max={Math.max(progress.total, 1)}
        className="w-64"
      >
        {text}
      </progress>
      <span aria-live="polite">{text}</span>
    </div>
  );
}
