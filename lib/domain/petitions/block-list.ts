import type { BlockKind } from "./lifecycle";

// Moderators' block lists: address ranges (CIDR, IPv4 or IPv6), domain patterns ("example.com"
// also covers its subdomains; "*.example.com" only the subdomains) and single canonical emails.

export interface BlockEntry {
  kind: BlockKind;
  pattern: string;
}

/** An address as a big integer and its width in bits, or null when it is not an IP address. */
export function parseAddress(text: string): { value: bigint; bits: 32 | 128 } | null {
  const address = text.trim().replace(/^::ffff:(?=\d+\.)/i, "");
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(address)) {
    const parts = address.split(".").map(Number);
    if (parts.some((p) => p > 255)) return null;
    return { value: parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n), bits: 32 };
  }
  if (!/^[0-9a-f:]+$/i.test(address) || !address.includes(":")) return null;
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return null;
  const groups = [...head, ...Array<string>(missing).fill("0"), ...tail];
  if (groups.some((g) => g.length === 0 || g.length > 4)) return null;
  return { value: groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n), bits: 128 };
}

/** The address written the one way every database accepts: dotted decimal, or eight hex groups. */
export function formatAddress(address: { value: bigint; bits: 32 | 128 }): string {
  const width = address.bits === 32 ? 8n : 16n;
  const count = address.bits === 32 ? 4 : 8;
  const mask = (1n << width) - 1n;
  const parts = Array.from({ length: count }, (_, i) => (address.value >> (width * BigInt(count - 1 - i))) & mask);
  return address.bits === 32 ? parts.join(".") : parts.map((part) => part.toString(16)).join(":");
}

/** Whether a CIDR range ("203.0.113.0/24", "2001:db8::/32", or a single address) is valid. */
export function isValidRange(range: string): boolean {
  const [base, prefix] = range.split("/");
  const parsed = parseAddress(base ?? "");
  if (!parsed) return false;
  if (prefix === undefined) return true;
  const n = Number(prefix);
  return /^\d+$/.test(prefix) && n >= 0 && n <= parsed.bits;
}

export function addressInRange(address: string, range: string): boolean {
  const [base, prefix] = range.split("/");
  const a = parseAddress(address);
  const b = parseAddress(base ?? "");
  if (!a || !b || a.bits !== b.bits) return false;
  const length = prefix === undefined ? a.bits : Number(prefix);
  const shift = BigInt(a.bits - length);
  return a.value >> shift === b.value >> shift;
}

export function domainMatches(domain: string, pattern: string): boolean {
  const d = domain.toLowerCase();
  const p = pattern.trim().toLowerCase();
  if (p.startsWith("*.")) return d.endsWith(p.slice(1));
  return d === p || d.endsWith(`.${p}`);
}

/** The first entry that blocks this signer, or null. `email` is the canonical address. */
export function blockedBy(
  entries: readonly BlockEntry[],
  signer: { address: string; domain: string; email: string },
): BlockEntry | null {
  for (const entry of entries) {
    if (entry.kind === "ip_range" && addressInRange(signer.address, entry.pattern)) return entry;
    if (entry.kind === "domain" && domainMatches(signer.domain, entry.pattern)) return entry;
    if (entry.kind === "email" && signer.email === entry.pattern.trim().toLowerCase()) return entry;
  }
  return null;
}
