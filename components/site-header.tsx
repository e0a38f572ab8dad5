import Link from "next/link";

interface SiteHeaderProps {
  appName: string;
  navLabel: string;
  links: { href: string; label: string }[];
  user: { display: string; roleLabel: string } | null;
  signInLabel: string;
  signOutLabel: string;
  signOutAction: () => Promise<void>;
  language: {
    action: (formData: FormData) => Promise<void>;
    label: string;
    otherLocale: string;
    otherLocaleName: string;
    returnTo: string;
  };
}

export function SiteHeader({
  appName,
  navLabel,
  links,
  user,
  signInLabel,
  signOutLabel,
  signOutAction,
  language,
}: SiteHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-900">
          {appName}
        </Link>
        {/* Under the brand on narrow screens (a full row of its own), beside it from md up. */}
        <nav aria-label={navLabel} className="w-full md:w-auto md:flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-brand-700 underline-offset-4 hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action={language.action} className="text-sm">
          <input type="hidden" name="locale" value={language.otherLocale} />
          <input type="hidden" name="returnTo" value={language.returnTo} />
          <button
            type="submit"
            lang={language.otherLocale}
            aria-label={language.label}
            className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100"
          >
            {language.otherLocaleName}
          </button>
        </form>
        {user ? (
          <form action={signOutAction} className="flex items-center gap-2 text-sm">
            <span className="text-slate-700">
              {user.display} · {user.roleLabel}
            </span>
            <button type="submit" className="shrink-0 rounded border border-slate-300 px-2 py-1 hover:bg-slate-100">
              {signOutLabel}
            </button>
          </form>
        ) : (
          <Link href="/signin" className="rounded bg-brand-700 px-3 py-1 text-sm text-white hover:bg-brand-900">
            {signInLabel}
          </Link>
        )}
      </div>
    </header>
  );
}
