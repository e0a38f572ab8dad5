import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { STAFF_ROLES } from "@/lib/domain/access/roles";
import { env } from "@/lib/env";
import { staffSignInSchema } from "@/lib/validation/sign-in";
import { sendSignInLink } from "./sign-in-mail";
import { verifyPassword } from "./password";

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
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    providers: [
      Credentials({
        id: "password",
        credentials: { email: {}, password: {} },
        async authorize(raw) {
          const parsed = staffSignInSchema.safeParse(raw);
          if (!parsed.success) throw new CredentialsSignin();
          const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email.toLowerCase()));
          const valid = user?.passwordHash ? await verifyPassword(parsed.data.password, user.passwordHash) : false;
          if (!user || !valid || !user.active || !STAFF_ROLES.has(user.role)) throw new CredentialsSignin();
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      {
        id: "email",
        type: "email",
        name: "Email",
        maxAge: 24 * 60 * 60,
        sendVerificationRequest: ({ identifier, url }) => sendSignInLink(identifier, url),
        options: {},
      },
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
});
