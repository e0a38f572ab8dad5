import { parseId } from "@/lib/validation/common";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { AdminPageHeader } from "@/components/admin-page-header";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import type { ImportProblem } from "@/lib/domain/admin/import-rows";
import { loadImportJob } from "@/lib/services/admin/import-job";
import { ImportProblemsTable } from "../../problems-table";
import { type Translate, describeProblems } from "../../problem-messages";
import { LiveProgress } from "./live-progress";

export async function generateMetadata() {
  return { title: (await getTranslations("adminImport"))("job.title") };
}

/** How far an import job has got, then its result; reloads itself until done when JavaScript is off. */
export default async function ImportJobPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("adminImport");
  const id = parseId((await params).id);
  const job = id !== null ? await loadImportJob(await getDb(), id) : null;
  if (!job) notFound();
  const kind = t.has(`kinds.${job.kind}` as never) ? t(`kinds.${job.kind}` as never) : job.kind;
  const counts = { rows: job.total, created: job.created, updated: job.updated, unchanged: job.unchanged };
  const problems = describeProblems(
    (await getTranslations()) as unknown as Translate,
    (job.failure ?? []) as ImportProblem[],
  );
  return (
    <div className="space-y-6">
      {job.status === "running" ? (
        <noscript>
          <meta httpEquiv="refresh" content="2" />
        </noscript>
      ) : null}
      <AdminPageHeader backLabel={t("back")} title={t("job.heading", { kind })} />
      <section aria-labelledby="import-job-status" className="space-y-3">
        <h2
          id="import-job-status"
          className={
            job.status === "done"
              ? "rounded border border-green-700 bg-green-50 p-2 font-semibold text-green-900"
              : "text-lg font-semibold"
          }
        >
          {job.status === "running"
            ? t("job.running")
            : job.status === "done"
              ? t("imported", counts)
              : t("job.failed", { processed: job.processed, total: job.total })}
        </h2>
        {job.status === "running" ? (
          <LiveProgress jobId={job.id} label={t("progress")} initial={{ processed: job.processed, total: job.total }} />
        ) : (
          <div className="flex flex-wrap items-center gap-3">
            <label htmlFor="import-job-progress">{t("progress")}</label>
            <progress id="import-job-progress" value={job.processed} max={Math.max(job.total, 1)} className="w-64">
              {job.processed} / {job.total}
            </progress>
            <span>
              {job.processed} / {job.total}
            </span>
          </div>
        )}
        {problems.length > 0 ? (
          <ImportProblemsTable
            caption={t("problemsCaption")}
            headers={{ line: t("line"), field: t("field"), message: t("message") }}
            problems={problems}
          />
        ) : null}
      </section>
      <p>
        <Link href={`/admin/import?kind=${job.kind}`} className="text-brand-700 underline">
          {t("job.another")}
        </Link>
      </p>
    </div>
  );
}
