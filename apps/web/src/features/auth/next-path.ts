/** Pages that work signed out; they never send anyone to the sign-in page. */
export const PUBLIC_PATHS = [
  '/sign-in',
  '/sign-up',
  '/forgot-password',
  '/reset-password',
  '/accept-invitation',
] as const;

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

const ORIGIN = 'https://lantern.invalid';

/**
 * The page to go to after signing in: `next` when it is a path on this site (starting with one
 * "/"), otherwise the home page. Stops open redirects such as `//evil.example` or
 * `https://evil.example`, and never returns to a sign-in page.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return '/';
  }
  // Control characters (tabs, newlines) are dropped by URL parsers and can smuggle a host.
  if ([...next].some((character) => character.charCodeAt(0) < 32 || character === '\u007f')) {
    return '/';
  }
  let url: URL;
  try {
    url = new URL(next, ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== ORIGIN || isPublicPath(url.pathname)) {
    return '/';
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/sign-in`, with `?next=` pointing back at the page the person was on (unless home). */
export function signInPath(currentPath: string): string {
  const next = safeNextPath(currentPath);
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}
