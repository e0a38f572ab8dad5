import pino from "pino";
import { env } from "./env";

// Structured logs. Personal data must never reach them: these paths are censored wherever they appear.
export const log = pino({
  level: env().LOG_LEVEL,
  base: { app: "answerable" },
  redact: {
    paths: [
      "email",
      "*.email",
      "phone",
      "*.phone",
      "name",
      "*.name",
      "password",
      "*.password",
      "idNumber",
      "*.idNumber",
      "address",
      "*.address",
      "to",
      "*.to",
    ],
    censor: "[redacted]",
  },
});

export function requestLog(requestId: string) {
  return log.child({ requestId });
}
