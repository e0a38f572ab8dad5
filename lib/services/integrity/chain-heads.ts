import "server-only";
import { createHash } from "node:crypto";

// The checkpoint root (docs/integrity.md): SHA-256 over one line per case chain, in ascending case
// id, "case:<id>:<hash of its last event>\n", then "audit:<hash of the last audit row>\n" ("-" for
// an empty audit log). Anyone with the open data and the database dump can recompute it.

export class RootBuilder {
  private readonly hash = createHash("sha256");
  private count = 0;

  addCase(caseId: number, headHash: string): void {
    this.hash.update(`case:${caseId}:${headHash}\n`);
    this.count += 1;
  }

  finish(auditHead: string | null): { root: string; caseChains: number } {
    this.hash.update(`audit:${auditHead ?? "-"}\n`);
    return { root: this.hash.digest("hex"), caseChains: this.count };
  }
}
