import { parseId } from "@/lib/validation/common";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { loadPetition } from "@/db/queries/petitions";
import { signatureForToken } from "@/lib/services/petitions/confirm-signature";
import { confirmAction } from "../../../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("petitions"))("confirm.title") };
}

/**
 * The page the emailed link opens. Opening it changes nothing (mail scanners follow links);
 * the signer confirms with the button, a POST.
 */
export default async function ConfirmSignaturePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; token: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  await connection();
  const { id: idText, token } = await params;
  const id = parseId(idText);
  if (id === null || token.length > 100) notFound();
  const db = await getDb();
  const [row, signature] = await Promise.all([loadPetition(db, id), signatureForToken(id, token, db)]);
  if (!row || !signature) notFound();
  const t = await getTranslations("petitions");
  const { done } = await searchParams;
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("confirm.title")}</h1>
      <p className="text-lg">{row.petition.title}</p>
      {signature.status === "validated" ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {done === "confirmed" ? t("page.confirmed") : t("page.confirmedAgain")}
        </p>
      ) : signature.status === "pending" ? (
        <CaseActionForm
          title={t("confirm.formTitle")}
          description={t("confirm.lead")}
          fields={[]}
          action={confirmAction.bind(null, id, token)}
          submitLabel={t("confirm.button")}
          pendingLabel={t("pending")}
        />
      ) : (
        <p>{t("confirm.notCounted")}</p>
      )}
      <p>
        <Link href={`/petitions/${id}`} className="text-brand-700 underline">
          {t("confirm.toPetition")}
        </Link>
      </p>
    </div>
  );
}
