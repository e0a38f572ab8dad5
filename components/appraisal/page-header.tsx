import Link from "next/link";
import type { ReactNode } from "react";

/** The heading of an appraisal page: the way back, the title and what the page is about. */
export function AppraisalPageHeader({
  back,
  title,
  children,
}: {
  back: { href: string; label: string };
  title: string;
  children?: ReactNode;
}) {
  return (
    <header className="space-y-2">
      <p>
        <Link href={back.href} className="text-brand-700 underline">
          {back.label}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      {children}
    </header>
  );
}
