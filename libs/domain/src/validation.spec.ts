import { describe, expect, it } from 'vitest';
import { pageArgsSchema } from './pagination';
import { parseWithFieldErrors } from './validation';
import { requestWorkerCheckInputSchema, WORKER_CHECK_NOTE_MAX } from './worker-checks';

describe('parseWithFieldErrors', () => {
  it('returns the parsed value with transforms applied', () => {
    const result = parseWithFieldErrors(requestWorkerCheckInputSchema, { note: '  hello  ' });
    expect(result).toEqual({ ok: true, value: { note: 'hello' } });
  });

  it('turns a blank note into null', () => {
    expect(parseWithFieldErrors(requestWorkerCheckInputSchema, { note: '   ' })).toEqual({
      ok: true,
      value: { note: null },
    });
  });

  it('names the field path from the argument root', () => {
    const result = parseWithFieldErrors(requestWorkerCheckInputSchema, {
      note: 'x'.repeat(WORKER_CHECK_NOTE_MAX + 1),
    });
    expect(result).toEqual({
      ok: false,
      fieldErrors: [{ path: ['input', 'note'], message: 'Note must be at most 200 characters' }],
    });
  });

  it('reports page size problems against the argument itself', () => {
    const result = parseWithFieldErrors(pageArgsSchema, { first: 0 }, 'args');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors[0]?.path).toEqual(['args', 'first']);
  });
});
