import type { FieldError } from '@lantern/domain';
import { useCallback, useEffect, useRef, useState } from 'react';

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

/** The record without one key; the same record when it has no such key (no re-render). */
export function withoutKey<Value>(
  record: Record<string, Value>,
  key: string,
): Record<string, Value> {
  if (record[key] === undefined) {
    return record;
  }
  const next = { ...record };
  delete next[key];
  return next;
}

/** Focuses the first `[data-field]` (in page order) whose key `hasError` accepts. */
export function focusFirstFieldError(
  form: HTMLFormElement | null,
  hasError: (key: string) => boolean,
): void {
  for (const node of form?.querySelectorAll<HTMLElement>('[data-field]') ?? []) {
    const key = node.dataset['field'];
    if (!key || !hasError(key)) {
      continue;
    }
    const target = node.matches('input, select, textarea, [tabindex]')
      ? node
      : node.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea');
    target?.focus();
    return;
  }
}

/**
 * Focus for long forms with repeatable rows: after the render that shows new errors, the
 * first field in error; after the render that adds a row, the element with that id.
 */
export function useFormFocus() {
  const formRef = useRef<HTMLFormElement>(null);
  const pendingError = useRef<((key: string) => boolean) | null>(null);
  const pendingId = useRef<string | null>(null);

  useEffect(() => {
    if (pendingError.current) {
      focusFirstFieldError(formRef.current, pendingError.current);
      pendingError.current = null;
    }
    if (pendingId.current) {
      document.getElementById(pendingId.current)?.focus();
      pendingId.current = null;
    }
  });

  const focusErrorAfterRender = useCallback((hasError: (key: string) => boolean) => {
    pendingError.current = hasError;
  }, []);
  const focusAfterRender = useCallback((id: string) => {
    pendingId.current = id;
  }, []);

  return { formRef, focusErrorAfterRender, focusAfterRender };
}
