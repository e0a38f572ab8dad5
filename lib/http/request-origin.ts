import { headers } from "next/headers";
import { env } from "@/lib/env";

/** The address people reach this server by, for links in mail: APP_URL, else the request's own host. */
export async function requestOrigin(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto =
    h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
