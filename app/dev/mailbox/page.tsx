import { desc, eq, getTableColumns, sql } from "drizzle-orm";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { devMailbox, mailOutbox } from "@/db/schema";
import { env } from "@/lib/env";

export async function generateMetadata() {
  return { title: (await getTranslations("mailbox"))("title") };
}

/**
 * The development mailbox: what the app would have sent. Off in production unless
 * MAILBOX_ENABLED=true, because it shows every message to anyone who opens it.
 */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  await connection();
  if (!env().mailboxEnabled) notFound();
  const t = await getTranslations("mailbox");
  const format = await getFormatter();
  const { to } = await searchParams;
  const db = await getDb();
  // A delivered notice has dropped its body; the development transport kept a copy (dev_mailbox).
  const all = await db
    .select({
      ...getTableColumns(mailOutbox),
      body: sql<string | null>`coalesce(${mailOutbox.body}, ${devMailbox.body})`,
    })
    .from(mailOutbox)
    .leftJoin(devMailbox, eq(devMailbox.outboxId, mailOutbox.id))
    .orderBy(desc(mailOutbox.id))
    .limit(100);
  const messages = to ? all.filter((m) => m.toAddress === to.toLowerCase()) : all;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      {messages.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4">{t("empty")}</p>
      ) : null}
      <ol className="space-y-4">
        {messages.map((message) => (
          <li key={message.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">{message.channel === "sms" ? t("sms") : message.subject}</h2>
            <p className="text-sm text-slate-600">
              {t("to")}: <span data-testid="mail-to">{message.toAddress}</span> ·{" "}
              {format.dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
            </p>
            <pre className="mt-2 whitespace-pre-wrap break-all font-sans text-sm">
              {message.body === null ? t("delivered") : linkify(message.body)}
            </pre>
          </li>
        ))}
      </ol>
    </div>
  );
}

function linkify(body: string) {
  return body.split(/(https?:\/\/\S+)/g).map((part, index) =>
    /^https?:\/\//.test(part) ? (
      <a key={index} href={part} className="text-brand-700 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
