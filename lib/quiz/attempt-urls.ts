// The attempt's JSON routes (app/api/attempts/[attemptId]/…), built in one place for the player and the save queue.
export const answersUrl = (attemptId: string) => `/api/attempts/${encodeURIComponent(attemptId)}/answers`;
export const submitUrl = (attemptId: string) => `/api/attempts/${encodeURIComponent(attemptId)}/submit`;
export const checkUrl = (attemptId: string) => `/api/attempts/${encodeURIComponent(attemptId)}/check`;
/** The page of a submitted attempt's results. */
export const resultsPath = (assignmentId: string, attemptId: string) => `/assignments/${assignmentId}/attempts/${attemptId}/results`;
