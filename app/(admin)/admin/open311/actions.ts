"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { issueApiKey } from "@/lib/services/open311/issue-api-key";
import { revokeApiKey } from "@/lib/services/open311/revoke-api-key";
import { idSchema } from "@/lib/validation/common";
import { open311ClientSchema } from "@/lib/validation/open311";
import type { IssueKeyState } from "./issue-key-form";

/** Issues a client its key and shows it once, in the form's state (never in a URL or a log). */
export const issueApiKeyAction = formAction({
  audience: "admin.manage",
  schema: open311ClientSchema,
  errors: "open311.errors",
  act: issueApiKey,
  respond: (issued): IssueKeyState => ({
    values: { requestsPerMinute: "30" },
    issued: { name: issued.name, key: issued.key },
  }),
});

export const revokeApiKeyAction = formAction({
  audience: "admin.manage",
  bind: ["clientId"],
  schema: z.object({ clientId: idSchema }),
  act: revokeApiKey,
  done: () => "/admin/open311?done=revoked",
});
