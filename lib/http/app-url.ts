/**
 * A link Auth.js built from the request, moved onto APP_URL: its origin, and the origin of an
 * absolute `callbackUrl` in it, become APP_URL's. A forged Host or X-Forwarded-Host header then
 * cannot make a sign-in link point at someone else's site.
 */
export function onAppOrigin(link: string, appUrl: string): string {
  const base = new URL(appUrl);
  const url = new URL(link);
  url.protocol = base.protocol;
  url.host = base.host;
  const callback = url.searchParams.get("callbackUrl");
  if (callback) {
    const target = new URL(callback, base);
    url.searchParams.set("callbackUrl", new URL(`${target.pathname}${target.search}`, base).toString());
  }
  return url.toString();
}
