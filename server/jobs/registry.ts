import type { Job } from './types.js';

const HOUR = 3_600_000;

/** Every periodic job the server runs, by name. */
export const jobs: readonly Job[] = [];

export const jobNamed = (name: string): Job | undefined => jobs.find((j) => j.name === name);

export { HOUR };
