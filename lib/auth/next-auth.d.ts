import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    /** Seconds since the epoch when the person signed in (kept across token refreshes). */
    signedInAt?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    signedInAt?: number;
  }
}
