import "server-only";
import { CITIZEN_CASE_TYPES } from "@/lib/validation/case-filing";

// The attributes of every service definition (docs/open311.md#service-definitions), in order.
// A client sends them as attribute[code]=value; attributes of other codes are ignored.

export const DEFAULT_CASE_TYPE = "complaint";
export const PUBLISH_VALUES = ["yes", "no"] as const;

export const OPEN311_ATTRIBUTES = [
  { code: "district", datatype: "singlevaluelist", required: true },
  { code: "case_type", datatype: "singlevaluelist", required: false, values: CITIZEN_CASE_TYPES },
  { code: "may_publish", datatype: "singlevaluelist", required: false, values: PUBLISH_VALUES },
  { code: "title", datatype: "string", required: false },
] as const;
export type Open311AttributeCode = (typeof OPEN311_ATTRIBUTES)[number]["code"];
