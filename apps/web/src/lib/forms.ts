import type { FieldError } from '@lantern/domain';
import { useCallback, useRef, useState } from 'react';

/** Field errors keyed by their dotted path ("input.email"), as `toUserError` gives them too. */
export function fieldErrorMap(fieldErrors: readonly FieldError[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const error of fieldErrors) {
    map[error.path.join('.')] ??= error.message;
  }
  return map;
}

/**
 * Errors shown beside a form's fields, whether found in the browser (zod, same rules as the
 * API) or sent by the API (BAD_USER_INPUT `fieldErrors`). `show` puts each message by its field
 * and moves focus to the first field in error; it returns false when no message matched a
 * field, so the caller can show it above the form instead.
 */
export function useFieldErrors<Field extends string>(fields: readonly Field[], root = 'input') {
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const elements = useRef(new Map<Field, HTMLElement | null>());
  const refCallbacks = useRef(new Map<Field, (element: HTMLElement | null) => void>());

  const refFor = useCallback((field: Field) => {
    let callback = refCallbacks.current.get(field);
    if (!callback) {
      callback = (element: HTMLElement | null) => {
        elements.current.set(field, element);
      };
      refCallbacks.current.set(field, callback);
    }
    return callback;
  }, []);

  const show = useCallback(
    (byPath: Record<string, string>) => {
      const next: Partial<Record<Field, string>> = {};
      for (const field of fields) {
        const message = byPath[`${root}.${field}`];
        if (message) {
          next[field] = message;
        }
      }
      setErrors(next);
      const first = fields.find((field) => next[field] !== undefined);
      if (first !== undefined) {
        elements.current.get(first)?.focus();
        return true;
      }
      return false;
    },
    [fields, root],
  );

  const clear = useCallback((field: Field) => {
    setErrors((current) => {
      if (current[field] === undefined) {
        return current;
      }
      const next = { ...current };
      delete next[field];
      return next;
    });
  }, []);

  const clearAll = useCallback(() => setErrors({}), []);

  return { errors, refFor, show, clear, clearAll };
}
