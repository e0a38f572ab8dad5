import Link from "next/link";
import { AppraisalPageHeader } from "@/components/appraisal/page-header";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AppraisalResultsTable } from "@/components/appraisal/results-table";
import { UnitListSection } from "@/components/appraisal/unit-list-section";
import { CaseActionForm } from "@/components/case-action-form";
import { StatusMessage } from "@/components/ui/status-message";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";
import { RATER_GROUP_KINDS } from "@/lib/domain/appraisal/vocabulary";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { campaignRaterGroups, campaignUnits, findCampaign } from "@/lib/services/appraisal/campaigns";
import {
  type ReviewedBurst,
  campaignBursts,
  campaignComments,
  campaignResults,
} from "@/lib/services/appraisal/results";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { MAX_CODES_PER_EXPORT } from "@/lib/validation/appraisal";
import { resultRows, unitNames } from "../../../../(public)/appraisals/result-rows";
import { addRaterGroupAction, moveCampaignAction, reviewBurstAction } from "./actions";

const DONE = [
  "created",
  "group_added",
  "opened",
  "closed",
  "burst_excluded",
  "burst_kept",
  "codes_invalid",
  "codes_closed",
  "codes_failed",
] as const;

function campaignIdOf(segment: string): number | null {
  return /^\d{1,9}$/.test(segment) ? Number(segment) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const id = campaignIdOf((await params).id);
  const campaign = id === null ? null : await findCampaign(await getDb(), id);
  return { title: campaign?.title ?? (await getTranslations("appraisal"))("supervision.title") };
}

/** One campaign: its rules and units, rater groups and codes, open/close, and — once closed — the results. */
export default async function AppraisalCampaignPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  await connection();
  const actor = await requirePermission("supervision.view");
  const id = campaignIdOf((await params).id);
  const db = await getDb();
  const campaign = id === null ? null : await findCampaign(db, id);
  if (!campaign) notFound();
  const [t, format, locale, calendar, { done }] = await Promise.all([
    getTranslations("appraisal"),
    getFormatter(),
    getLocale() as Promise<Locale>,
    loadCalendar(db),
    searchParams,
  ]);
  const mayAct = can(actor.role, "supervision.act");
  const [units, groups, bursts] = await Promise.all([
    campaignUnits(db, campaign.id),
    campaignRaterGroups(db, campaign.id),
    campaignBursts(db, campaign),
  ]);
  const closed = campaign.status === "closed";
  const [results, comments] = closed
    ? await Promise.all([campaignResults(db, calendar, campaign), campaignComments(db, campaign.id)])
    : [null, []];
  const unitName = new Map(units.map((u) => [u.id, localized(locale, u.nameZh, u.nameEn)]));
  const doneKey = DONE.find((d) => d === done);
  const pending = t("pending");

  type Group = (typeof groups)[number];
  const groupColumns: Column<Group>[] = [
    { key: "name", header: t("columns.group"), cell: (g) => g.name },
    { key: "kind", header: t("columns.kind"), cell: (g) => t(`groupKinds.${g.kind}`) },
    { key: "codes", header: t("columns.codes"), numeric: true, cell: (g) => format.number(g.codes) },
    { key: "used", header: t("columns.used"), numeric: true, cell: (g) => format.number(g.used) },
  ];
  const burstColumns: Column<ReviewedBurst>[] = [
    { key: "unit", header: t("columns.unit"), cell: (b) => unitName.get(b.unitId) ?? "—" },
    {
      key: "window",
      header: t("columns.window"),
      cell: (b) =>
        format.dateTime(b.windowStart, { dateStyle: "medium", timeStyle: "short", timeZone: calendar.timeZone }),
    },
    {
      key: "network",
      header: t("columns.network"),
      cell: (b) => <span className="font-mono">{b.networkHash.slice(0, 8)}</span>,
    },
    { key: "votes", header: t("columns.votes"), numeric: true, cell: (b) => format.number(b.votes) },
    {
      key: "lights",
      header: t("columns.lights"),
      cell: (b) => t("burstLights", { green: b.lights.green, yellow: b.lights.yellow, red: b.lights.red }),
    },
    {
      key: "decision",
      header: t("columns.decision"),
      cell: (b) => t(b.excluded === null ? "bursts.unreviewed" : b.excluded ? "bursts.excluded" : "bursts.kept"),
    },
    {
      key: "review",
      header: t("columns.review"),
      cell: (b) =>
        mayAct ? (
          <CaseActionForm
            title={t("bursts.reviewTitle", { unit: unitName.get(b.unitId) ?? "" })}
            fields={[]}
            action={reviewBurstAction.bind(
              null,
              campaign.id,
              b.unitId,
              b.networkHash,
              b.windowStart.toISOString(),
              b.excluded !== true,
            )}
            submitLabel={b.excluded === true ? t("bursts.keep") : t("bursts.exclude")}
            pendingLabel={pending}
          />
        ) : null,
    },
  ];

  return (
    <div className="space-y-8">
      <AppraisalPageHeader
        back={{ href: "/supervision/appraisals", label: t("supervision.title") }}
        title={campaign.title}
      >
        <p className="text-slate-700">
          {t("supervision.summary", {
            status: t(`status.${campaign.status}`),
            from: campaign.periodFrom,
            to: campaign.periodTo,
          })}
        </p>
        <p className="text-slate-700">
          {t("supervision.rules", {
            weight: campaign.appraisalWeight,
            scorecard: 100 - campaign.appraisalWeight,
            minimum: campaign.minimumSample,
            burst: campaign.burstThreshold,
            bottom: campaign.bottomCount,
          })}
        </p>
      </AppraisalPageHeader>
      <StatusMessage>{doneKey ? t(`done.${doneKey}`) : null}</StatusMessage>

      {mayAct && campaign.status !== "closed" ? (
        <CaseActionForm
          key={campaign.status}
          title={campaign.status === "draft" ? t("supervision.openTitle") : t("supervision.closeTitle")}
          description={
            campaign.status === "draft" ? t("supervision.openDescription") : t("supervision.closeDescription")
          }
          fields={[]}
          action={moveCampaignAction.bind(null, campaign.id, campaign.status === "draft" ? "open" : "closed")}
          submitLabel={campaign.status === "draft" ? t("supervision.open") : t("supervision.close")}
          pendingLabel={pending}
        />
      ) : null}

      <section aria-labelledby="units-heading" className="space-y-3">
        <h2 id="units-heading" className="text-xl font-semibold">
          {t("supervision.unitsHeading", { count: units.length })}
        </h2>
        <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {units.map((u) => (
            <li key={u.id}>{unitName.get(u.id)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="groups-heading" className="space-y-3">
        <h2 id="groups-heading" className="text-xl font-semibold">
          {t("supervision.groupsHeading")}
        </h2>
        <p className="text-slate-700">{t("supervision.groupsLead")}</p>
        <DataTable
          caption={t("supervision.groupsHeading")}
          columns={groupColumns}
          rows={groups}
          rowKey={(g) => g.id}
          empty={t("supervision.noGroups")}
        />
        {mayAct && !closed ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <CaseActionForm
              title={t("supervision.addGroup")}
              fields={[
                {
                  kind: "select",
                  name: "kind",
                  label: t("fields.kind"),
                  placeholder: t("fields.chooseKind"),
                  options: RATER_GROUP_KINDS.map((kind) => ({ value: kind, label: t(`groupKinds.${kind}`) })),
                },
                { kind: "text", name: "name", label: t("fields.groupName") },
              ]}
              action={addRaterGroupAction.bind(null, campaign.id)}
              submitLabel={t("supervision.addGroupSubmit")}
              pendingLabel={pending}
            />
            {groups.length > 0 ? (
              <section
                aria-labelledby="codes-heading"
                className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
              >
                <h3 id="codes-heading" className="text-lg font-semibold">
                  {t("supervision.codesTitle")}
                </h3>
                <p className="text-sm text-slate-600">{t("supervision.codesDescription")}</p>
                <form method="post" action={`/supervision/appraisals/${campaign.id}/codes`} className="space-y-3">
                  <div className="flex flex-col gap-1">
                    <label htmlFor="codes-group" className="font-medium text-slate-800">
                      {t("fields.group")}
                    </label>
                    <select
                      id="codes-group"
                      name="groupId"
                      required
                      className="rounded-md border border-slate-500 px-3 py-2"
                    >
                      {groups.map((g) => (
                        <option key={g.id} value={g.id}>
                          {g.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="flex flex-col gap-1">
                    <label htmlFor="codes-count" className="font-medium text-slate-800">
                      {t("fields.count")}
                    </label>
                    <input
                      id="codes-count"
                      name="count"
                      type="number"
                      min={1}
                      max={MAX_CODES_PER_EXPORT}
                      defaultValue={10}
                      required
                      className="rounded-md border border-slate-500 px-3 py-2"
                    />
                  </div>
                  <button
                    type="submit"
                    className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
                  >
                    {t("supervision.codesSubmit")}
                  </button>
                </form>
              </section>
            ) : null}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="bursts-heading" className="space-y-3">
        <h2 id="bursts-heading" className="text-xl font-semibold">
          {t("bursts.heading", { count: bursts.length })}
        </h2>
        <p className="text-slate-700">{t("bursts.lead", { threshold: campaign.burstThreshold })}</p>
        <DataTable
          caption={t("bursts.heading", { count: bursts.length })}
          columns={burstColumns}
          rows={bursts}
          rowKey={(b) => `${b.unitId}-${b.networkHash}-${b.windowStart.getTime()}`}
          empty={t("bursts.empty")}
        />
      </section>

      {results ? (
        <>
          <section aria-labelledby="results-heading" className="space-y-3">
            <h2 id="results-heading" className="text-xl font-semibold">
              {t("results.heading")}
            </h2>
            <p>
              <Link href={`/appraisals/results/${campaign.id}`} className="text-brand-700 underline">
                {t("results.publicLink")}
              </Link>
            </p>
            <AppraisalResultsTable
              rows={resultRows(results, locale)}
              caption={t("results.caption", { title: campaign.title })}
            />
          </section>
          <UnitListSection
            id="failing"
            heading={t("results.failingHeading")}
            empty={t("results.failingEmpty")}
            units={unitNames(results.failing, locale)}
          />
          <UnitListSection
            id="bottom"
            heading={t("results.bottomHeading", { count: campaign.bottomCount })}
            empty={t("results.bottomEmpty")}
            units={unitNames(results.bottom, locale)}
          />
          <section aria-labelledby="comments-heading" className="space-y-3">
            <h2 id="comments-heading" className="text-xl font-semibold">
              {t("comments.heading", { count: comments.length })}
            </h2>
            <p className="text-slate-700">{t("comments.lead")}</p>
            {comments.length === 0 ? (
              <p className="rounded-md border border-dashed border-slate-300 p-4 text-slate-600">
                {t("comments.empty")}
              </p>
            ) : (
              <ul className="space-y-2">
                {comments.map((c, index) => (
                  // Comments have no identity of their own on purpose; their position is only their sort order.
                  <li key={index} className="rounded border border-slate-200 bg-white p-3">
                    <p className="text-sm text-slate-600">
                      {unitName.get(c.unitId)} · {t(`lights.${c.light}`)}
                    </p>
                    <p className="whitespace-pre-line">{c.comment}</p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-slate-700">{t("results.afterClose")}</p>
      )}
    </div>
  );
}
