import { dictionary } from '@zxcvbn-ts/language-common';

let list: Set<string> | null = null;

/** True for passwords on the ~50,000-entry common-password list (case-insensitive). */
export function isCommonPassword(password: string): boolean {
  list ??= new Set((dictionary.passwords as string[]).map((entry) => entry.toLowerCase()));
  const lower = password.toLowerCase();
  if (list.has(lower)) return true;
  // "password1234", "qwertyqwerty": a common word padded with digits or repeated.
  const stripped = lower.replace(/[\d\W_]+$/, '');
  if (stripped.length >= 4 && list.has(stripped) && stripped.length >= lower.length - 6)
    return true;
  const half = lower.slice(0, lower.length / 2);
  return lower.length % 2 === 0 && half + half === lower && list.has(half);
}
