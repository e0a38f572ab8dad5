// What makes an SLA policy coherent (docs/rules.md#deadlines): limits are positive and ordered, the
// warning window is a fraction of the allowance, and a red card never comes before a yellow one.
// The database check constraints on sla_policies say the same; this gives field-level messages.

export interface SlaLimits {
  signForLimit: number | null;
  firstContactLimit: number | null;
  replyLimit: number;
  maxExtensions: number;
  maxExtensionAmount: number | null;
  warningFraction: number;
  warningMinimumWorkingDays: number;
  yellowCardAfterWorkingDays: number;
  redCardAfterWorkingDays: number;
  disputeWindowWorkingDays: number;
}

export type SlaLimitField = keyof SlaLimits;
export type SlaErrorKey =
  | "wholeNumber"
  | "positive"
  | "nonNegative"
  | "signForAfterFirstContact"
  | "signForAfterReply"
  | "firstContactAfterReply"
  | "warningFraction"
  | "redBeforeYellow";
export type SlaLimitErrors = Partial<Record<SlaLimitField, SlaErrorKey[]>>;

const POSITIVE: readonly SlaLimitField[] = ["signForLimit", "firstContactLimit", "replyLimit", "maxExtensionAmount"];
const NON_NEGATIVE: readonly SlaLimitField[] = [
  "maxExtensions",
  "warningMinimumWorkingDays",
  "yellowCardAfterWorkingDays",
  "redCardAfterWorkingDays",
  "disputeWindowWorkingDays",
];

/** Every problem with a policy's limits, by field; an empty object means the policy is valid. */
export function validateSlaLimits(limits: SlaLimits): SlaLimitErrors {
  const errors: SlaLimitErrors = {};
  const add = (field: SlaLimitField, key: SlaErrorKey) => {
    (errors[field] ??= []).push(key);
  };

  for (const field of [...POSITIVE, ...NON_NEGATIVE]) {
    const value = limits[field];
    if (value === null) continue;
    if (!Number.isInteger(value)) add(field, "wholeNumber");
    else if (POSITIVE.includes(field) && value <= 0) add(field, "positive");
    else if (NON_NEGATIVE.includes(field) && value < 0) add(field, "nonNegative");
  }

  // Order is only judged between values that are themselves valid.
  const invalid = new Set(Object.keys(errors));
  const usable = (field: SlaLimitField): boolean => limits[field] !== null && !invalid.has(field);
  const { signForLimit, firstContactLimit, replyLimit } = limits;
  if (
    usable("signForLimit") &&
    usable("firstContactLimit") &&
    signForLimit !== null &&
    firstContactLimit !== null &&
    signForLimit > firstContactLimit
  ) {
    add("signForLimit", "signForAfterFirstContact");
  }
  if (usable("signForLimit") && usable("replyLimit") && signForLimit !== null && signForLimit > replyLimit)
    add("signForLimit", "signForAfterReply");
  if (
    usable("firstContactLimit") &&
    usable("replyLimit") &&
    firstContactLimit !== null &&
    firstContactLimit > replyLimit
  )
    add("firstContactLimit", "firstContactAfterReply");

  const fraction = limits.warningFraction;
  if (!Number.isFinite(fraction) || fraction < 0 || fraction >= 1) add("warningFraction", "warningFraction");

  if (
    usable("yellowCardAfterWorkingDays") &&
    usable("redCardAfterWorkingDays") &&
    limits.redCardAfterWorkingDays < limits.yellowCardAfterWorkingDays
  ) {
    add("redCardAfterWorkingDays", "redBeforeYellow");
  }
  return errors;
}
