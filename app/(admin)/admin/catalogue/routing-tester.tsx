import { getTranslations } from "next-intl/server";
import type { Queryable } from "@/db/client";
import { loadCatalogueEntries } from "@/db/queries/filing";
import { routeCase } from "@/lib/domain/cases/routing";
import { routingProbeSchema } from "@/lib/validation/admin-organisation";

interface Option {
  value: string;
  label: string;
}

export interface ProbeParams {
  probeCategory?: string;
  probeDistrict?: string;
  probeDate?: string;
}

/**
 * "Where would this go?": a GET form (works without JavaScript, and the result can be linked)
 * that runs the same routeCase over the same catalogue entries a new case would meet.
 */
export async function RoutingTester({
  db,
  params,
  today,
  categoryOptions,
  districtOptions,
  unitName,
  keep,
}: {
  db: Queryable;
  params: ProbeParams;
  today: string;
  categoryOptions: Option[];
  districtOptions: Option[];
  unitName: (id: number) => string;
  keep: Record<string, string>;
}) {
  const t = await getTranslations("adminOrg");
  const tc = await getTranslations();
  const asked = params.probeCategory !== undefined;
  const values = {
    categoryId: params.probeCategory ?? "",
    districtId: params.probeDistrict ?? "",
    date: params.probeDate ?? today,
  };
  const parsed = asked ? routingProbeSchema.safeParse(values) : null;
  const errors: Record<string, string> = {};
  if (parsed && !parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.message;
      errors[String(issue.path[0])] = t.has(`errors.${key}` as never)
        ? t(`errors.${key}` as never)
        : tc.has(`validation.${key}` as never)
          ? tc(`validation.${key}` as never)
          : tc("validation.invalid");
    }
  }
  let result: string[] | null = null;
  if (parsed?.success) {
    const probe = parsed.data;
    const decision = routeCase(
      await loadCatalogueEntries(db, probe.categoryId),
      { categoryId: probe.categoryId, districtId: probe.districtId },
      probe.date,
    );
    if (decision.kind === "route") {
      const { entry } = decision;
      result = [t("catalogue.routed", { id: entry.id, lead: unitName(entry.leadUnitId), date: entry.effectiveFrom })];
      if (entry.coUnitIds.length > 0)
        result.push(t("catalogue.routedCoUnits", { units: entry.coUnitIds.map(unitName).join(", ") }));
    } else if (decision.kind === "ambiguous") {
      result = [t("catalogue.ambiguous", { ids: decision.entries.map((e) => e.id).join(", ") })];
    } else {
      result = [t("catalogue.unroutable")];
    }
  }
  const select = (
    name: "categoryId" | "districtId",
    param: string,
    label: string,
    placeholder: string,
    options: Option[],
  ) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`probe-${name}`} className="font-medium text-slate-800">
        {label}
      </label>
      <select
        id={`probe-${name}`}
        name={param}
        defaultValue={values[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `probe-${name}-error` : undefined}
        className={`w-full rounded-md border px-3 py-2 ${errors[name] ? "border-red-700" : "border-slate-500"}`}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {errors[name] ? (
        <p id={`probe-${name}-error`} className="text-sm font-medium text-red-800">
          {errors[name]}
        </p>
      ) : null}
    </div>
  );
  return (
    <section aria-labelledby="tester-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="tester-title" className="text-lg font-semibold">
        {t("catalogue.testerTitle")}
      </h2>
      <p className="text-sm text-slate-600">{t("catalogue.testerDescription")}</p>
      <form method="get" action="/admin/catalogue" className="space-y-3" noValidate>
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {select(
          "categoryId",
          "probeCategory",
          t("catalogue.category"),
          t("catalogue.categoryPlaceholder"),
          categoryOptions,
        )}
        {select("districtId", "probeDistrict", t("catalogue.district"), t("catalogue.allDistricts"), districtOptions)}
        <div className="flex flex-col gap-1">
          <label htmlFor="probe-date" className="font-medium text-slate-800">
            {t("catalogue.testerDate")}
          </label>
          <input
            id="probe-date"
            name="probeDate"
            type="text"
            defaultValue={values.date}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={errors.date ? "probe-date-error" : undefined}
            className={`rounded-md border px-3 py-2 ${errors.date ? "border-red-700" : "border-slate-500"}`}
          />
          {errors.date ? (
            <p id="probe-date-error" className="text-sm font-medium text-red-800">
              {errors.date}
            </p>
          ) : null}
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
          {t("catalogue.testerSubmit")}
        </button>
      </form>
      {result ? (
        <div
          role="status"
          aria-label={t("catalogue.result")}
          className="space-y-1 rounded border border-brand-600 bg-slate-50 p-3"
        >
          {result.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
