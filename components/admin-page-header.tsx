import Link from "next/link";

/** An admin page's heading: the way back to the hub, the title and what the page is for. */
export function AdminPageHeader({ backLabel, title, intro }: { backLabel: string; title: string; intro?: string }) {
  return (
    <header className="space-y-2">
      <Link href="/admin" className="text-sm text-brand-700 underline">
        {backLabel}
      </Link>
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      {intro ? <p className="text-slate-700">{intro}</p> : null}
    </header>
  );
}
