// Validates and coerces a named query's parameters against its descriptor (zod), with readable errors.
import { z } from 'zod';
import type { QueryDescriptor, QueryParam, QueryParams } from './types.ts';

export class QueryParamsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryParamsError';
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1;
}

/** Strings from a query string or the command line become numbers, booleans and lists. */
function fromText(param: QueryParam, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  switch (param.type) {
    case 'int':
    case 'float':
      return text === '' ? undefined : Number(text);
    case 'boolean':
      if (/^(true|1|yes)$/i.test(text)) return true;
      if (/^(false|0|no)$/i.test(text)) return false;
      return value;
    case 'string[]':
      return text === ''
        ? []
        : text
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
    default:
      return text === '' ? undefined : text;
  }
}

function valueSchema(param: QueryParam): z.ZodType {
  const oneOf = param.enum;
  switch (param.type) {
    case 'int':
    case 'float': {
      let n = param.type === 'int' ? z.number().int('must be an integer') : z.number();
      if (param.min !== undefined) n = n.min(param.min, `must be at least ${param.min}`);
      if (param.max !== undefined) n = n.max(param.max, `must be at most ${param.max}`);
      return n;
    }
    case 'boolean':
      return z.boolean('must be true or false');
    case 'date':
      return z.string().refine(isCalendarDate, 'must be a date as YYYY-MM-DD');
    case 'string[]': {
      const item = oneOf
        ? z.string().refine((s) => oneOf.includes(s), `must be among ${oneOf.join(', ')}`)
        : z.string();
      return z.array(item, 'must be a list of strings');
    }
    default:
      return oneOf
        ? z.string().refine((s) => oneOf.includes(s), `must be one of ${oneOf.join(', ')}`)
        : z.string().max(10_000, 'is too long');
  }
}

function paramSchema(param: QueryParam): z.ZodType {
  const base = valueSchema(param);
  const withDefault = param.required
    ? base
    : base.nullable().transform((v) => (v === null ? (param.default ?? null) : v));
  return z.preprocess((v) => {
    const coerced = fromText(param, v);
    if (coerced === undefined && !param.required) return null;
    return coerced;
  }, withDefault);
}

/** What validation reads of a descriptor (the analytics measures declare theirs the same way). */
export type ParamsDeclaration = Pick<QueryDescriptor, 'name' | 'params'>;

const cache = new WeakMap<ParamsDeclaration, z.ZodType<QueryParams>>();

export function paramsSchema(descriptor: ParamsDeclaration): z.ZodType<QueryParams> {
  let schema = cache.get(descriptor);
  if (!schema) {
    const shape = Object.fromEntries(descriptor.params.map((p) => [p.name, paramSchema(p)]));
    schema = z.strictObject(shape) as unknown as z.ZodType<QueryParams>;
    cache.set(descriptor, schema);
  }
  return schema;
}

/** Validated parameters with defaults filled in; throws QueryParamsError naming each problem. */
export function validateParams(descriptor: ParamsDeclaration, raw: unknown = {}): QueryParams {
  const parsed = paramsSchema(descriptor).safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const known = descriptor.params.map((p) => p.name).join(', ') || 'none';
      return `unknown parameter(s) ${issue.keys.map((k) => `"${k}"`).join(', ')} (known: ${known})`;
    }
    const name = String(issue.path[0] ?? '');
    const message =
      issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
    return `parameter "${name}" ${message}`;
  });
  throw new QueryParamsError(`${descriptor.name}: ${problems.join('; ')}`);
}
