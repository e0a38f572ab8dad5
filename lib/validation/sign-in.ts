import { z } from "zod";

// Messages are keys into the `validation` namespace of the catalogues.
export const staffSignInSchema = z.object({
  email: z.string().trim().min(1, "required").email("email"),
  password: z.string().min(1, "required").max(200, "tooLong"),
});
export type StaffSignIn = z.infer<typeof staffSignInSchema>;

export const citizenSignInSchema = z.object({
  email: z.string().trim().min(1, "required").email("email").max(254, "tooLong"),
});
export type CitizenSignIn = z.infer<typeof citizenSignInSchema>;
