// What is kept of a rater's address for burst detection (docs/rules.md#appraisal): only the network it
// belongs to — the /24 of an IPv4 address, the /48 of an IPv6 one (a household or small
// office) — and, in the service, only a keyed hash of that. The address itself is never stored.

/** "203.0.113.77" → "203.0.113.0/24"; "2001:db8:1:2::5" → "2001:db8:1::/48"; null when not an address. */
export function networkOf(address: string): string | null {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  const v4 = ipv4Octets(mapped?.[1] ?? trimmed);
  if (v4) return `${v4[0]}.${v4[1]}.${v4[2]}.0/24`;
  const groups = ipv6Groups(trimmed);
  if (groups)
    return `${groups
      .slice(0, 3)
      .map((g) => g.toString(16))
      .join(":")}::/48`;
  return null;
}

function ipv4Octets(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const octets = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : Number.NaN));
  return octets.every((o) => Number.isInteger(o) && o >= 0 && o <= 255) ? octets : null;
}

function ipv6Groups(text: string): number[] | null {
  const withoutZone = text.split("%")[0] ?? "";
  if (!/^[0-9a-f:.]+$/i.test(withoutZone) || !withoutZone.includes(":")) return null;
  const halves = withoutZone.split("::");
  if (halves.length > 2) return null;
  const parse = (half: string | undefined): number[] | null => {
    if (!half) return [];
    const groups: number[] = [];
    for (const part of half.split(":")) {
      const v4 = part.includes(".") ? ipv4Octets(part) : null;
      if (v4) groups.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      else if (/^[0-9a-f]{1,4}$/i.test(part)) groups.push(Number.parseInt(part, 16));
      else return null;
    }
    return groups;
  };
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const fill = 8 - head.length - tail.length;
  if (fill < 1) return null;
  return [...head, ...Array<number>(fill).fill(0), ...tail];
}
