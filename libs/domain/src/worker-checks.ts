import { z } from 'zod';

/** Lifecycle of a worker check: a job that proves the API -> queue -> worker -> database path. */
export const WORKER_CHECK_STATUSES = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type WorkerCheckStatus = (typeof WORKER_CHECK_STATUSES)[number];

export const WORKER_CHECK_NOTE_MAX = 200;

export const requestWorkerCheckInputSchema = z.object({
  note: z
    .string()
    .trim()
    .max(WORKER_CHECK_NOTE_MAX, `Note must be at most ${WORKER_CHECK_NOTE_MAX} characters`)
    .nullish()
    .transform((note) => (note ? note : null)),
});
export type RequestWorkerCheckInput = z.output<typeof requestWorkerCheckInputSchema>;

export function isWorkerCheckFinished(status: WorkerCheckStatus): boolean {
  return status === 'SUCCEEDED' || status === 'FAILED';
}
