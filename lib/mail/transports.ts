import "server-only";
import type { Queryable } from "@/db/client";
import { devMailbox } from "@/db/schema";
import type { NoticeChannel } from "@/lib/domain/notices/backoff";
import { env } from "@/lib/env";
import { log } from "@/lib/log";

// How a notice leaves the outbox. A transport sends one message or throws; the deliverer
// (lib/mail/deliver.ts) records the outcome and schedules retries. docs/notices.md tells a city
// how to plug in its SMS provider.

/** One message as a transport receives it. `id` is stable across retries: use it as an idempotency key. */
export interface MailMessage {
  id: number;
  to: string;
  subject: string;
  text: string;
}

export interface SmsMessage {
  id: number;
  /** The phone number as the citizen typed it; normalise it to your provider's format. */
  to: string;
  text: string;
}

export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

export interface SmsTransport {
  send(message: SmsMessage): Promise<void>;
}

/** The transports in use; a channel without one is not delivered (its notices wait, pending). */
export interface NoticeTransports {
  mail?: MailTransport;
  sms?: SmsTransport;
}

export const configuredChannels = (transports: NoticeTransports): NoticeChannel[] =>
  (["mail", "sms"] as const).filter((channel) => transports[channel] !== undefined);

/**
 * A failure that retrying cannot cure (no such mailbox, a number that cannot receive texts):
 * the notice becomes a dead letter at once instead of being tried again.
 */
export class PermanentDeliveryError extends Error {
  override name = "PermanentDeliveryError";
}

/** Nodemailer over SMTP_URL. A 5xx reply from the server is permanent; anything else is retried. */
export function smtpTransport(url: string, from: string): MailTransport {
  let transporter: Promise<{ sendMail(message: object): Promise<unknown> }> | undefined;
  return {
    async send(message) {
      transporter ??= import("nodemailer").then((nodemailer) => nodemailer.createTransport(url));
      try {
        await (
          await transporter
        ).sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          // Stable across retries: a receiving server (or a city's relay) can drop a duplicate.
          messageId: `<outbox-${message.id}@${messageIdDomain(from)}>`,
        });
      } catch (error) {
        const code = (error as { responseCode?: unknown }).responseCode;
        if (typeof code === "number" && code >= 500 && code < 600)
          throw new PermanentDeliveryError(error instanceof Error ? error.message : String(error), { cause: error });
        throw error;
      }
    },
  };
}

/** The domain of the sender's address, for Message-IDs. */
function messageIdDomain(from: string): string {
  return /@([^>\s]+)/.exec(from)?.[1] ?? "answerable.local";
}

/**
 * Addresses on the reserved `.invalid` top-level domain (RFC 2606) bounce in the development
 * transports, permanently: how the demo and the browser tests make a dead letter on purpose.
 */
const bounces = (to: string) => /\.invalid$/i.test(to.trim());

/**
 * The demo's transports: "delivering" copies the message into the development mailbox
 * (/dev/mailbox), so its link can still be read after the outbox row has dropped its body.
 * Only with env().mailboxEnabled, which is never true in production.
 */
export function developmentTransports(db: Queryable): Required<NoticeTransports> {
  const keep = async (id: number, body: string) => {
    await db.insert(devMailbox).values({ outboxId: id, body }).onConflictDoNothing();
  };
  return {
    mail: {
      async send(message) {
        if (bounces(message.to)) throw new PermanentDeliveryError("550 no such mailbox (development transport)");
        await keep(message.id, message.text);
      },
    },
    sms: {
      async send(message) {
        await keep(message.id, message.text);
        // The outbox id only: a phone number never reaches a log.
        log.info({ outboxId: message.id }, "text message kept in the development mailbox");
      },
    },
  };
}

/**
 * The transports this deployment uses: SMTP when SMTP_URL is set, else the development mailbox
 * in the demo. SMS has only the development transport; a city adds its provider here
 * (docs/notices.md). Without a transport, a channel's notices stay pending, never dead.
 */
export function noticeTransports(db: Queryable): NoticeTransports {
  const { SMTP_URL, MAIL_FROM, mailboxEnabled } = env();
  const development = mailboxEnabled ? developmentTransports(db) : undefined;
  return {
    mail: SMTP_URL ? smtpTransport(SMTP_URL, MAIL_FROM) : development?.mail,
    sms: development?.sms,
  };
}
