// Demo data for development: one teacher, one class with a known join code, six students.
// Idempotent: running it again changes nothing (upserts by email, username and join code).
import { hash } from "@node-rs/argon2";
import { createScriptDb } from "./script-db";
import { DEMO } from "./demo";


const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

async function main() {
  const db = createScriptDb();
  try {
    const teacherHash = await hash(DEMO.teacher.password, ARGON2ID);
    const studentHash = await hash(DEMO.studentPassword, ARGON2ID);
    const teacher = await db.user.upsert({
      where: { email: DEMO.teacher.email },
      create: { role: "TEACHER", name: DEMO.teacher.name, email: DEMO.teacher.email, passwordHash: teacherHash },
      update: {},
    });
    const klass = await db.class.upsert({
      where: { joinCode: DEMO.class.joinCode },
      create: { name: DEMO.class.name, joinCode: DEMO.class.joinCode, teacherId: teacher.id },
      update: {},
    });
    for (const s of DEMO.students) {
      const student = await db.user.upsert({
        where: { username: s.username },
        create: { role: "STUDENT", name: s.name, username: s.username, passwordHash: studentHash },
        update: {},
      });
      await db.enrollment.upsert({
        where: { classId_studentId: { classId: klass.id, studentId: student.id } },
        create: { classId: klass.id, studentId: student.id },
        update: {},
      });
    }
    console.log(
      [
        "▸ demo accounts:",
        `    teacher  ${DEMO.teacher.email} / ${DEMO.teacher.password}`,
        `    students ${DEMO.students.map((s) => s.username).join(", ")} / ${DEMO.studentPassword}`,
        `    class    "${DEMO.class.name}", join code ${DEMO.class.joinCode}`,
      ].join("\n"),
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
