import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SessionExpiryWarning } from "@/components/session-expiry-warning";
import { SiteHeader } from "@/components/site-header";
import { currentActor } from "@/lib/auth/session";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { navigationFor } from "@/lib/navigation";
import { switchLocale } from "./actions/locale";
import { signOutAction } from "./actions/sign-out";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

const OTHER: Record<Locale, { locale: Locale; name: string }> = {
  "zh-CN": { locale: "en", name: "English" },
  en: { locale: "zh-CN", name: "中文" },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const actor = await currentActor();
  const returnTo = (await headers()).get("x-pathname") ?? "/";
  const links = navigationFor(actor, env().mailboxEnabled).map((link) => ({
    href: link.href,
    label: t(`nav.${link.key}`),
  }));
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
        >
          {t("nav.skipToContent")}
        </a>
        <SiteHeader
          appName={t("app.name")}
          navLabel={t("nav.main")}
          links={links}
          user={actor ? { display: actor.name ?? actor.email, roleLabel: t(`roles.${actor.role}`) } : null}
          signInLabel={t("nav.signIn")}
          signOutLabel={t("nav.signOut")}
          signOutAction={signOutAction}
          language={{
            action: switchLocale,
            label: t("nav.language"),
            otherLocale: OTHER[locale].locale,
            otherLocaleName: OTHER[locale].name,
            returnTo,
          }}
        />
        {actor ? (
          <SessionExpiryWarning
            labels={{
              warning: t("forms.sessionWarning"),
              extend: t("forms.sessionExtend"),
              extended: t("forms.sessionExtended"),
            }}
          />
        ) : null}
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
        <div
          id="error-strings"
          hidden
          data-title={t("errors.errorTitle")}
          data-body={t("errors.errorBody")}
          data-retry={t("errors.retry")}
          data-reference={t("errors.reference")}
        />
        <footer className="mx-auto max-w-6xl px-4 py-8 text-sm text-slate-600">{t("app.footer")}</footer>
      </body>
    </html>
  );
}
