// One signature per person per petition: addresses that reach the same mailbox at the common
// providers are the same signer.

const GMAIL = new Set(["gmail.com", "googlemail.com"]);
/** Providers where "+tag" reaches the same mailbox. */
const PLUS_TAG_PROVIDERS = new Set([
  ...GMAIL,
  "outlook.com",
  "hotmail.com",
  "live.com",
  "icloud.com",
  "me.com",
  "protonmail.com",
  "proton.me",
  "fastmail.com",
  "yahoo.com",
  "qq.com",
  "163.com",
  "126.com",
]);

/** The domain part of an address, lower-cased (empty when there is none). */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0
    ? ""
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/**
 * The canonical form: lower case; for Gmail the dots in the local part are dropped and
 * googlemail.com becomes gmail.com; for providers that deliver "+tag" to the same mailbox,
 * the tag is dropped.
 */
export function canonicalEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at <= 0) return trimmed;
  let local = trimmed.slice(0, at);
  let domain = trimmed.slice(at + 1);
  if (PLUS_TAG_PROVIDERS.has(domain)) local = local.split("+")[0] ?? local;
  if (GMAIL.has(domain)) {
    local = local.replaceAll(".", "");
    domain = "gmail.com";
  }
  return `${local}@${domain}`;
}
