import { expect, test } from "vitest";
import * as prismaEnums from "@/generated/prisma/enums";
import { ADJUSTMENT_KINDS, EXTRA_TIMES, LATE_POLICIES, REVEAL_POLICIES, ROLES } from "./enums";

test.each([
  ["Role", ROLES],
  ["LatePolicy", LATE_POLICIES],
  ["RevealPolicy", REVEAL_POLICIES],
  ["ExtraTime", EXTRA_TIMES],
  ["AdjustmentKind", ADJUSTMENT_KINDS],
] as const)("%s has the same values in lib/enums.ts and the Prisma schema", (name, values) => {
  expect([...values].sort()).toEqual(Object.values(prismaEnums[name]).sort());
});
