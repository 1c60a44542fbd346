// The demo accounts printed at start-up and listed in the README.
export const DEMO = {
  teacher: { email: "teacher@example.com", password: "sourcework-teacher", name: "Ms. Alvarez" },
  class: { name: "World History — Period 2", joinCode: "CUBA62" },
  studentPassword: "sourcework-student",
  students: [
    { username: "ana.garcia", name: "Ana García" },
    { username: "ben.okafor", name: "Ben Okafor" },
    { username: "chloe.nguyen", name: "Chloé Nguyen" },
    { username: "dmitri.petrov", name: "Dmitri Petrov" },
    { username: "emma.schmidt", name: "Emma Schmidt" },
    { username: "farah.haddad", name: "Farah Haddad" },
  ],
};
