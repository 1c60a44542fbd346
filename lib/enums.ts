// The enumerations the database also knows, defined once: zod schemas for input at the edge and the types
// everything else uses. lib/enums.test.ts fails if they drift from prisma/schema.prisma's enums.
import { z } from "zod";

export const ROLES = ["TEACHER", "STUDENT"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const LATE_POLICIES = ["ACCEPT_LATE", "CLOSE_AT_DUE"] as const;
export const latePolicySchema = z.enum(LATE_POLICIES);
export type LatePolicy = z.infer<typeof latePolicySchema>;

export const REVEAL_POLICIES = ["AFTER_EACH_QUESTION", "AFTER_SUBMISSION", "AFTER_DUE", "NEVER"] as const;
export const revealPolicySchema = z.enum(REVEAL_POLICIES);
export type RevealPolicy = z.infer<typeof revealPolicySchema>;

export const EXTRA_TIMES = ["TIME_AND_A_HALF", "DOUBLE", "NO_LIMIT"] as const;
export const extraTimeSchema = z.enum(EXTRA_TIMES);
export type ExtraTime = z.infer<typeof extraTimeSchema>;
/** How a question is thrown out or regraded after students answered (lib/grading/adjustment.ts). */
export const ADJUSTMENT_KINDS = ["FULL_MARKS", "DROP", "REKEY"] as const;
export const adjustmentKindSchema = z.enum(ADJUSTMENT_KINDS);
export type AdjustmentKind = z.infer<typeof adjustmentKindSchema>;
