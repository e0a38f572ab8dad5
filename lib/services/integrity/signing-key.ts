import "server-only";
import { type KeyObject, createPrivateKey, createPublicKey, sign } from "node:crypto";

// The city's checkpoint key: Ed25519. CHECKPOINT_SIGNING_KEY holds the private key as base64 of
// its PKCS#8 DER form (`openssl genpkey -algorithm ed25519 -outform DER | base64 -w0`) or as PEM.
// Checkpoints carry the public key as the raw 32 bytes in base64url, which is what outsiders need.

const SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

export function privateKeyFrom(value: string): KeyObject {
  const text = value.trim();
  if (text.startsWith("-----BEGIN")) return createPrivateKey(text);
  return createPrivateKey({ key: Buffer.from(text, "base64"), format: "der", type: "pkcs8" });
}

export function rawPublicKey(privateKey: KeyObject): string {
  const spki = createPublicKey(privateKey).export({ format: "der", type: "spki" });
  return Buffer.from(spki.subarray(SPKI_PREFIX.length)).toString("base64url");
}

export function publicKeyObject(raw: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([SPKI_PREFIX, Buffer.from(raw, "base64url")]),
    format: "der",
    type: "spki",
  });
}

/** The root's signature (base64url) and the public key that verifies it. */
export function signRoot(root: string, privateKey: KeyObject): { signature: string; publicKey: string } {
  return {
    signature: sign(null, Buffer.from(root, "utf8"), privateKey).toString("base64url"),
    publicKey: rawPublicKey(privateKey),
  };
}
