import { getDb } from "@/db/client";
import { recentPublicPetitions } from "@/db/queries/petitions";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n/translator";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** GET /petitions/feed.xml — an Atom feed of public petitions, most recently changed first. */
export async function GET(request: Request) {
  const base = env().APP_URL?.replace(/\/+$/, "") ?? new URL(request.url).origin;
  const rows = await recentPublicPetitions(await getDb());
  const [zh, en] = [translator("zh-CN"), translator("en")];
  const updated = rows[0]?.updatedAt ?? new Date(0);
  const entries = rows
    .map((p) => {
      const status = `${zh(`petitions.status.${p.status}`)} / ${en(`petitions.status.${p.status}`)}`;
      const summary = `${status} · ${en("petitions.signatures", { count: p.signatureCount, formatted: String(p.signatureCount) })}\n\n${p.action}`;
      return `  <entry>
    <id>${base}/petitions/${p.id}</id>
    <title>${escape(p.title)}</title>
    <link rel="alternate" type="text/html" href="${base}/petitions/${p.id}"/>
    <updated>${p.updatedAt.toISOString()}</updated>
    <summary>${escape(summary)}</summary>
  </entry>`;
    })
    .join("\n");
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${base}/petitions</id>
  <title>${escape(`${zh("petitions.list.title")} / ${en("petitions.list.title")}`)}</title>
  <link rel="self" href="${base}/petitions/feed.xml"/>
  <link rel="alternate" type="text/html" href="${base}/petitions"/>
  <updated>${updated.toISOString()}</updated>
${entries}
</feed>
`;
  return new Response(xml, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=60" },
  });
}
