import { AdminPageHeader } from "@/components/admin-page-header";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/session";
import { IMPORT_COLUMNS, IMPORT_KINDS, isImportKind } from "@/lib/domain/admin/import-rows";
import { CsvImportForm } from "./import-form";

export async function generateMetadata() {
  return { title: (await getTranslations("adminImport"))("title") };
}

/** Bulk import from CSV for a city moving from an older system: check first, then import. */
export default async function ImportPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  await connection();
  await requirePermission("admin.manage");
  const t = await getTranslations("adminImport");
  const { kind } = await searchParams;
  const kinds = IMPORT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }));
  return (
    <div className="space-y-8">
      <AdminPageHeader backLabel={t("back")} title={t("title")} intro={t("intro")} />
      <section aria-labelledby="import-examples" className="space-y-2">
        <h2 id="import-examples" className="text-lg font-semibold">
          {t("examplesTitle")}
        </h2>
        <p className="text-sm text-slate-600">{t("examplesHelp")}</p>
        <ul className="list-disc space-y-1 pl-5">
          {IMPORT_KINDS.map((k) => (
            <li key={k}>
              <a href={`/admin/import/example/${k}`} download={`${k}.csv`} className="text-brand-700 underline">
                {t("exampleLink", { kind: t(`kinds.${k}`) })}
              </a>{" "}
              <span className="break-all font-mono text-sm text-slate-600">{IMPORT_COLUMNS[k].join(",")}</span>
            </li>
          ))}
        </ul>
      </section>
      <CsvImportForm
        initialKind={isImportKind(kind) ? kind : "units"}
        labels={{
          kind: t("kind"),
          kinds,
          text: t("text"),
          textHelp: t("textHelp"),
          file: t("file"),
          fileHelp: t("fileHelp"),
          check: t("check"),
          import: t("import"),
          working: t("working"),
          problemsCaption: t("problemsCaption"),
          line: t("line"),
          field: t("field"),
          message: t("message"),
          countsCaption: t("countsCaption"),
          rows: t("rows"),
          created: t("created"),
          updated: t("updated"),
          unchanged: t("unchanged"),
        }}
      />
    </div>
  );
}
