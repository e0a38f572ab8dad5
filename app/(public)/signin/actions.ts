"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { roleOfAccount } from "@/db/queries/users";
import { formAction } from "@/lib/actions/form-action";
import { signIn } from "@/lib/auth/auth";
import { homePathFor } from "@/lib/auth/home-path";
import { AppError } from "@/lib/errors";
import { safeReturnPath } from "@/lib/http/safe-path";
import { log } from "@/lib/log";
import { citizenSignInSchema, staffSignInSchema } from "@/lib/validation/sign-in";

// Sign-in actions are the authentication step itself: they are open to guests by design,
// and rate limited per client address against password guessing and mail flooding.
const next = z.string().max(2000).optional();

export const staffSignIn = formAction({
  audience: "anyone",
  schema: staffSignInSchema.extend({ next }),
  limit: "signIn",
  refusals: { unauthenticated: "signIn.invalidCredentials" },
  act: async ({ email, password }, _actor, ctx) => {
    try {
      await signIn("password", { email, password, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      log.info({ event: "staff_sign_in_refused" }, "staff sign-in refused");
      throw new AppError("unauthenticated");
    }
    return roleOfAccount(ctx.db, email);
  },
  done: (role, input) => safeReturnPath(input.next, homePathFor(role ?? "citizen")),
});

export const citizenSignIn = formAction({
  audience: "anyone",
  schema: citizenSignInSchema.extend({ next }),
  limit: "signIn",
  act: async ({ email, next: returnTo }) => {
    await signIn("email", {
      email: email.toLowerCase(),
      redirectTo: safeReturnPath(returnTo, "/my-cases"),
      redirect: false,
    });
  },
  done: () => "/signin/check-email",
});
