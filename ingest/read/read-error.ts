// The error a single input fails with: it carries the origin so the caller can report it alone.

export class ReadError extends Error {
  constructor(
    readonly origin: string,
    readonly reason: string,
  ) {
    super(`entente/ingest/read: ${origin}: ${reason}`);
    this.name = 'ReadError';
  }
}

/** The reason to report for any error thrown while reading one input. */
export function reasonOf(error: unknown): string {
  if (error instanceof ReadError) return error.reason;
  if (error instanceof Error) return error.message;
  return String(error);
}
