import { cookies } from "next/headers";

// A guest proves a case with its tracking code. After one successful lookup the code is kept in
// httpOnly cookies scoped to that case's tracking page and to the photo route, never in a URL.

const MAX_AGE_SECONDS = 12 * 60 * 60;
const FILED_COOKIE = "answerable-filed";

const pageCookie = (reference: string) => `trk-${reference}`;
const photoCookie = (reference: string) => `trk-photo-${reference}`;

/** Only in server actions and route handlers, where cookies may be set. */
export async function rememberTrackingCode(reference: string, trackingCode: string): Promise<void> {
  const store = await cookies();
  const options = { httpOnly: true, sameSite: "lax" as const, maxAge: MAX_AGE_SECONDS };
  store.set(pageCookie(reference), trackingCode, { ...options, path: `/track/${reference}` });
  store.set(photoCookie(reference), trackingCode, { ...options, path: "/api/attachments" });
}

export async function trackingCodeFromPage(reference: string): Promise<string | null> {
  return (await cookies()).get(pageCookie(reference))?.value ?? null;
}

export async function trackingCodeForPhotos(reference: string): Promise<string | null> {
  return (await cookies()).get(photoCookie(reference))?.value ?? null;
}

/** The confirmation page shows the tracking code once: it travels in a short-lived cookie, not the URL. */
export async function rememberFiling(reference: string, trackingCode: string | null): Promise<void> {
  (await cookies()).set(FILED_COOKIE, `${reference}.${trackingCode ?? ""}`, {
    httpOnly: true,
    sameSite: "lax",
    maxAge: 10 * 60,
    path: "/file/done",
  });
}

export async function filingShown(reference: string): Promise<{ trackingCode: string | null } | null> {
  const value = (await cookies()).get(FILED_COOKIE)?.value;
  if (!value) return null;
  const [filed, code] = value.split(".");
  return filed === reference ? { trackingCode: code || null } : null;
}
