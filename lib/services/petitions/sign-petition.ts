import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Queryable } from "@/db/client";
import { petitionSignatures } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { blockedBy, formatAddress, parseAddress } from "@/lib/domain/petitions/block-list";
import { canonicalEmail, emailDomain } from "@/lib/domain/petitions/canonical-email";
import { SIGNABLE_STATUSES } from "@/lib/domain/petitions/lifecycle";
import { DEFAULT_SIGNING_LIMITS, type SigningLimitPolicy } from "@/lib/domain/petitions/signing-limits";
import { type LimiterStore, sharedLimiterStore } from "@/lib/http/limiter-store";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { SignatureForm } from "@/lib/validation/petitions";
import type { ServiceContext } from "../context";
import { confirmationMail } from "./petition-mail";
import { storePendingSignature } from "./signature-batcher";
import { cachedBlocks, cachedDistrictIds, cachedSigningTarget } from "./signing-cache";

export interface Signing extends SignatureForm {
  petitionId: number;
  /** The client address from the trusted proxy header ("local" when there is none). */
  address: string;
  /** The secret of the creator's link, needed while the petition gathers supporters. */
  shareToken?: string | null;
}

/** For tests: other limits, and a store of their own database's (the default counts for every server). */
export interface SigningDeps {
  limits?: SigningLimitPolicy;
  limiter?: LimiterStore;
}

export function hashConfirmToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function confirmPath(petitionId: number, token: string): string {
  return `/petitions/${petitionId}/confirm/${token}`;
}

/**
 * Records a signature and its confirmation mail in ONE statement, durably, and nothing else:
 * no read of a hot row (petition, districts and block lists come from a short in-memory cache),
 * no count update (the batch job counts). A second signature from the same canonical email is
 * a silent success; one over the address's limits or on a block list is stored as fraudulent,
 * never mailed and never counted. The caller sees the same answer in every case.
 */
export async function signPetition(
  input: Signing,
  _actor: Actor | null,
  ctx: ServiceContext,
  deps: SigningDeps = {},
): Promise<void> {
  const { petitionId, address: clientAddress, shareToken, ...form } = input;
  const { db, now } = ctx;
  const target = await cachedSigningTarget(db, petitionId, now.getTime());
  const shareOk = target?.status !== "gathering" || (shareToken != null && shareToken === target.shareToken);
  if (!target || !shareOk || target.status === "draft" || target.status === "moderation")
    throw new AppError("not_found");
  if (!SIGNABLE_STATUSES.has(target.status) || (target.closesAt && target.closesAt <= now))
    throw new AppError("conflict", "petition not open for signing", { form: ["notOpen"] });

  const districtId = (await cachedDistrictIds(db, now.getTime())).get(form.districtCode);
  if (districtId === undefined) throw new AppError("validation", "unknown district", { districtCode: ["invalid"] });

  const canonical = canonicalEmail(form.email);
  const domain = emailDomain(form.email);
  const parsedAddress = parseAddress(clientAddress);
  const address = parsedAddress ? formatAddress(parsedAddress) : null;
  const fraudReason = await fraudCheck(
    db,
    petitionId,
    { address: clientAddress, domain, email: canonical },
    now,
    deps.limits ?? DEFAULT_SIGNING_LIMITS,
    deps.limiter,
  );

  const token = randomBytes(24).toString("base64url");
  const values = {
    petitionId,
    status: fraudReason ? ("fraudulent" as const) : ("pending" as const),
    name: form.name,
    email: form.email.trim(),
    canonicalEmail: canonical,
    emailDomain: domain,
    districtId,
    notify: form.notify,
    ipAddress: address,
    tokenHash: fraudReason ? null : hashConfirmToken(token),
    fraudReason,
    createdAt: now,
  };
  const mail = confirmationMail({
    title: target.title,
    confirmUrl: `${ctx.appUrl}${confirmPath(petitionId, token)}`,
  });

  // A fraudulent signature is kept (and never counted) but gets no mail.
  if (fraudReason) {
    await db.insert(petitionSignatures).values(values).onConflictDoNothing();
    return;
  }
  // The signature and its confirmation mail (the outbox row the deliverer sends) in one
  // statement, shared with the other signatures arriving in the same few milliseconds.
  await storePendingSignature(db, {
    petitionId,
    name: values.name,
    email: values.email,
    canonicalEmail: canonical,
    emailDomain: domain,
    districtId,
    notify: values.notify,
    ipAddress: address,
    tokenHash: values.tokenHash ?? "",
    createdAt: now,
    mail: { to: values.email.toLowerCase(), ...mail },
  });
}

async function fraudCheck(
  db: Queryable,
  petitionId: number,
  signer: { address: string; domain: string; email: string },
  now: Date,
  limits: SigningLimitPolicy,
  limiter: LimiterStore | undefined,
): Promise<string | null> {
  const block = blockedBy(await cachedBlocks(db, now.getTime()), signer);
  if (block) return `blocked_${block.kind}`;
  if (env().RATE_LIMITS_DISABLED) return null;
  // Counted once for every server (lib/http/limiter-store.ts); a test's own database counts its own.
  const store = limiter ?? (await sharedLimiterStore());
  const subject = `${petitionId}|${signer.address}`;
  // The burst first: a signature it refuses does not spend the sustained allowance.
  if (!(await store.consume("signingBurst", limits.burst, subject)).allowed) return "rate_burst";
  if (!(await store.consume("signingSustained", limits.sustained, subject)).allowed) return "rate_sustained";
  return null;
}
