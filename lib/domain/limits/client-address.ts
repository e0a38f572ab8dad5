import ipaddr from "ipaddr.js";

// Which address a rate limit counts a request against. The socket's peer is the client unless it
// is one of the operator's own proxies (TRUSTED_PROXIES); then X-Forwarded-For is read from the
// right, skipping trusted hops, and the first untrusted hop is the client. Anything a client
// could forge further left is ignored. IPv6 clients are counted by their /64, the block one
// subscriber usually gets, so rotating addresses within it buys nothing.

export type TrustedRanges = readonly [ipaddr.IPv4 | ipaddr.IPv6, number][];

/** "10.0.0.0/8, 127.0.0.1, ::1" → ranges; throws on a malformed entry (the environment check reports it). */
export function parseTrustedProxies(value: string): TrustedRanges {
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      if (entry.includes("/")) return ipaddr.parseCIDR(entry);
      const address = ipaddr.parse(entry);
      return [address, address.kind() === "ipv4" ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number];
    });
}

function normalise(raw: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const trimmed = raw.trim().replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(trimmed)) return null;
  const address = ipaddr.parse(trimmed);
  // ::ffff:192.0.2.1 is the IPv4 client 192.0.2.1.
  return address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()
    ? (address as ipaddr.IPv6).toIPv4Address()
    : address;
}

function trusted(address: ipaddr.IPv4 | ipaddr.IPv6, ranges: TrustedRanges): boolean {
  return ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
}

/** The key a limit uses: an IPv4 address, an IPv6 /64 ("2001:db8:1:2::/64"), or "unknown". */
export function clientKey(peer: string | undefined, forwardedFor: string | undefined, ranges: TrustedRanges): string {
  let client = peer ? normalise(peer) : null;
  if (client && trusted(client, ranges) && forwardedFor) {
    for (const hop of forwardedFor.split(",").reverse()) {
      const address = normalise(hop);
      if (!address) break; // a malformed hop: stop at the last address we could trust
      client = address;
      if (!trusted(address, ranges)) break;
    }
  }
  if (!client) return "unknown";
  if (client.kind() === "ipv4") return client.toString();
  const parts = (client as ipaddr.IPv6).toNormalizedString().split(":").slice(0, 4);
  return `${parts.map((p) => p.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
