import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminPageHeader } from "@/components/admin-page-header";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { listJobQueueStates } from "@/db/queries/jobs";
import { requirePermission } from "@/lib/auth/session";
import { JOBS, JOB_NAMES, type JobName } from "@/lib/jobs/registry";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("jobsQueue.title") };
}

/** The job dashboard: each duty of the workers as the queue records it. No job data is shown. */
export default async function JobsPage() {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("admin");
  const format = await getFormatter();
  const states = new Map((await listJobQueueStates(await getDb())).map((state) => [state.name, state]));
  const when = (date: Date | null | undefined) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "medium" }) : t("jobsQueue.never");
  // Catalogue keys cannot hold the dots of job names; a job without a text yet shows none.
  const purpose = (name: JobName) => {
    const key = `jobsQueue.purposes.${name.replaceAll(".", "_")}` as "jobsQueue.purposes.imports_run";
    return t.has(key) ? t(key) : "—";
  };
  const schedule = (name: JobName) => {
    const { schedule: s } = JOBS[name];
    if ("cron" in s) return t("jobsQueue.scheduleKinds.cron", { cron: s.cron });
    return t("every" in s ? "jobsQueue.scheduleKinds.every" : "jobsQueue.scheduleKinds.onDemand");
  };
  const columns: Column<JobName>[] = [
    { key: "job", header: t("jobsQueue.job"), cell: (name) => <span className="font-mono">{name}</span> },
    { key: "purpose", header: t("jobsQueue.purpose"), cell: purpose },
    { key: "schedule", header: t("jobsQueue.schedule"), cell: schedule },
    {
      key: "completed",
      header: t("jobsQueue.lastCompleted"),
      cell: (name) => <span data-testid={`completed-${name}`}>{when(states.get(name)?.lastCompletedAt)}</span>,
    },
    { key: "failedAt", header: t("jobsQueue.lastFailed"), cell: (name) => when(states.get(name)?.lastFailedAt) },
    { key: "waiting", header: t("jobsQueue.waiting"), numeric: true, cell: (name) => states.get(name)?.waiting ?? 0 },
    { key: "active", header: t("jobsQueue.active"), numeric: true, cell: (name) => states.get(name)?.active ?? 0 },
    { key: "failed", header: t("jobsQueue.failed"), numeric: true, cell: (name) => states.get(name)?.failed ?? 0 },
  ];
  return (
    <div className="space-y-6">
      <AdminPageHeader backLabel={t("back")} title={t("jobsQueue.title")} intro={t("jobsQueue.intro")} />
      <DataTable
        caption={t("jobsQueue.caption")}
        columns={columns}
        rows={[...JOB_NAMES]}
        rowKey={(name) => name}
        empty={t("jobsQueue.never")}
      />
    </div>
  );
}
