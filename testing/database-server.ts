// A PostgreSQL server of a test's own (the embedded one the scripts start), for tests that stop and restart
// it. Tests under server/ reach scripts/ only through testing/, so server/ never imports scripts/.
export { startEmbeddedDb as startDatabaseServer, type EmbeddedDb } from "@/scripts/lib/embedded-db";
