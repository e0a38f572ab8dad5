import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { STAFF_ROLES } from "@/lib/domain/access/roles";
import { env } from "@/lib/env";
import { onAppOrigin } from "@/lib/http/app-url";
import { staffSignInSchema } from "@/lib/validation/sign-in";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { log } from "@/lib/log";
import { sendSignInLink } from "./sign-in-mail";
import { hashPassword, needsRehash, verifyNothing, verifyPassword } from "./password";

/** A refused sign-in that says why only in the code the form reads, never to the network. */
class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

async function withinLimits(email: string): Promise<boolean> {
  try {
    await enforceRateLimit("signIn");
    await enforceRateLimit("signInAccount", undefined, email);
    return true;
  } catch {
    return false;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    // Credentials sign-in only works with JWT sessions; role and unit are re-read from the
    // database on every request (lib/auth/session.ts), so a deactivation takes effect at once.
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    secret: env().AUTH_SECRET,
    trustHost: true,
    // Secure cookies whenever the portal is served over HTTPS, whatever a proxy tells us.
    useSecureCookies: env().appUrl.startsWith("https://"),
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    providers: [
      Credentials({
        id: "password",
        credentials: { email: {}, password: {} },
        async authorize(raw) {
          const parsed = staffSignInSchema.safeParse(raw);
          if (!parsed.success) throw new CredentialsSignin();
          const email = parsed.data.email.toLowerCase();
          // Per client address and per account, whichever way the request came in (our form or
          // Auth.js's own /api/auth/callback/password).
          if (!(await withinLimits(email))) throw new RateLimitedSignIn();
          const [user] = await db.select().from(users).where(eq(users.email, email));
          // An unknown address costs as much time as a wrong password.
          const valid = user?.passwordHash
            ? await verifyPassword(parsed.data.password, user.passwordHash)
            : await verifyNothing(parsed.data.password);
          if (!user || !valid || !user.active || !STAFF_ROLES.has(user.role)) throw new CredentialsSignin();
          if (user.passwordHash && needsRehash(user.passwordHash)) {
            const passwordHash = await hashPassword(parsed.data.password);
            await db.update(users).set({ passwordHash }).where(eq(users.id, user.id));
          }
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      {
        id: "email",
        type: "email",
        name: "Email",
        // A sign-in link is good for 15 minutes and once (Auth.js deletes the token when used).
        maxAge: 15 * 60,
        async sendVerificationRequest({ identifier, url }) {
          const email = identifier.toLowerCase();
          if (!(await withinLimits(email))) {
            log.info({ event: "sign_in_link_limited" }, "sign-in link refused by the rate limit");
            return;
          }
          const [user] = await db.select({ role: users.role }).from(users).where(eq(users.email, email));
          // Staff sign in with their password: their address gets a notice, never a link. The
          // person who asked sees the same "check your email" page either way.
          const staff = Boolean(user && STAFF_ROLES.has(user.role));
          await sendSignInLink(email, onAppOrigin(url, env().appUrl), { staff });
        },
        options: {},
      },
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== "email") return true;
        if (!user.email) return false;
        const [existing] = await db
          .select({ role: users.role, active: users.active })
          .from(users)
          .where(eq(users.email, user.email.toLowerCase()));
        // Email links are for citizens only; staff accounts use their password.
        return !existing || (existing.active && !STAFF_ROLES.has(existing.role));
      },
      jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.signedInAt = Math.floor(Date.now() / 1000);
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        // When the session began: lib/auth/session.ts ends sessions older than a password change.
        session.signedInAt = token.signedInAt;
        return session;
      },
    },
  };
});
