"use server";

import { signOut } from "@/lib/auth/auth";

/** Anyone may end their own session; there is nothing to authorise beyond the session itself. */
export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
