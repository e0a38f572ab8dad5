import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { publishedCheckpoints } from "@/db/queries/checkpoints";

export async function generateMetadata() {
  return { title: (await getTranslations("integrity"))("title") };
}

/** The signed daily checkpoints of the event logs, and how anyone can check them. */
export default async function IntegrityPage() {
  await connection();
  const [t, checkpoints] = await Promise.all([getTranslations("integrity"), publishedCheckpoints(await getDb(), 90)]);
  const keys = [...new Set(checkpoints.map((c) => c.publicKey).filter((key): key is string => Boolean(key)))];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("lead")}</p>
      <section aria-labelledby="integrity-key" className="space-y-2">
        <h2 id="integrity-key" className="text-xl font-semibold">
          {t("keyTitle")}
        </h2>
        {keys.length === 0 ? (
          <p className="text-slate-700">{t("noKey")}</p>
        ) : (
          <ul className="list-disc pl-6">
            {keys.map((key) => (
              <li key={key}>
                <code className="break-all">{key}</code>
              </li>
            ))}
          </ul>
        )}
        <p className="text-slate-700">
          {t.rich("howTo", {
            api: (chunks) => (
              <a className="text-brand-700 underline" href="/api/integrity/checkpoints">
                {chunks}
              </a>
            ),
          })}
        </p>
      </section>
      <section aria-labelledby="integrity-list" className="space-y-2">
        <h2 id="integrity-list" className="text-xl font-semibold">
          {t("listTitle")}
        </h2>
        {checkpoints.length === 0 ? (
          <p className="text-slate-700">{t("none")}</p>
        ) : (
          <div className="relative overflow-x-auto" role="region" aria-labelledby="integrity-list" tabIndex={0}>
            <table className="min-w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="py-2 pr-4">
                    {t("day")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("chains")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("root")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("signed")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {checkpoints.map((checkpoint) => (
                  <tr key={checkpoint.day} className="border-b border-slate-200 align-top">
                    <td className="py-2 pr-4 whitespace-nowrap">{checkpoint.day}</td>
                    <td className="py-2 pr-4">{checkpoint.caseChains}</td>
                    <td className="py-2 pr-4">
                      <code className="break-all">{checkpoint.root}</code>
                    </td>
                    <td className="py-2 pr-4">{checkpoint.signature ? t("yes") : t("no")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
