"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { acceptInvitation } from "@/lib/services/admin/accept-invitation";
import { acceptInvitationSchema } from "@/lib/validation/admin-people";

// Open to guests by design: the unguessable emailed token (bound) is the authorisation, checked in
// acceptInvitation (hash known, unused, unexpired, account active).
export const acceptInvitationAction = formAction({
  audience: "anyone",
  bind: ["token"],
  schema: z.object({ token: z.string().min(1).max(200) }).and(acceptInvitationSchema),
  errors: "adminPeople.errors",
  act: acceptInvitation,
  done: () => "/signin?password=set",
});
