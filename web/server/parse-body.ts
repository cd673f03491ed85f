// Request bodies through zod: the parsed value, or a 400 naming each problem.
import type { z } from 'zod';
import { ApiError } from './api-error.ts';

export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const where = issue.path.length ? `"${issue.path.join('.')}" ` : '';
    return `${where}${issue.message}`;
  });
  throw new ApiError(400, 'invalid_request', problems.join('; '));
}
