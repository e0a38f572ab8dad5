import "server-only";

/** The audit log's subject for changes of the deployment settings. */
export const SETTINGS_AUDIT_SUBJECT = "settings";
