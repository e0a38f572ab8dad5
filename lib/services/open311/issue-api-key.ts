import "server-only";
import { open311Clients } from "@/db/schema";
import type { Actor } from "@/lib/domain/access/actor";
import { AppError } from "@/lib/errors";
import type { Open311ClientInput } from "@/lib/validation/open311";
import { recordAdminChange } from "../admin/audit";
import type { ServiceContext } from "../context";
import { SHOWN_PREFIX_LENGTH, generateApiKey, hashApiKey } from "./api-keys";

export interface IssuedApiKey {
  clientId: number;
  name: string;
  /** Shown to the admin once; only its hash is stored. */
  key: string;
}

/** Issues an Open311 client its API key, with its own rate limit, on the audit log. */
export async function issueApiKey(input: Open311ClientInput, actor: Actor, ctx: ServiceContext): Promise<IssuedApiKey> {
  const key = generateApiKey();
  const keyPrefix = key.slice(0, SHOWN_PREFIX_LENGTH);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(open311Clients)
      .values({
        name: input.name,
        keyPrefix,
        keyHash: hashApiKey(key),
        requestsPerMinute: input.requestsPerMinute,
        createdByUserId: actor.id,
        createdAt: ctx.now,
      })
      .onConflictDoNothing({ target: open311Clients.name })
      .returning({ id: open311Clients.id, name: open311Clients.name });
    if (!row) throw new AppError("validation", "client name taken", { name: ["nameTaken"] });
    await recordAdminChange(tx, {
      actorUserId: actor.id,
      action: "open311.client.issue",
      subject: `open311_client:${row.id}`,
      after: { name: row.name, keyPrefix, requestsPerMinute: input.requestsPerMinute },
      at: ctx.now,
    });
    return { clientId: row.id, name: row.name, key };
  });
}
