export * from "./enums";
export * from "./organisation";
export * from "./catalogue";
export * from "./calendar";
export * from "./auth";
export * from "./cases";
export * from "./mail";
export * from "./workflow";
