import type { createMemoryRouter } from 'react-router';
import { isPublicPath, signInPath } from '../features/auth';

type AppRouter = Pick<ReturnType<typeof createMemoryRouter>, 'state' | 'navigate'>;

/**
 * What happens when a signed-in operation answers UNAUTHENTICATED (the session expired or was
 * ended on another device): go to `/sign-in?next=<this page>`, then empty the store so nothing
 * of that session stays in memory. Does nothing on a signed-out page, and only once while a
 * redirect is under way, so a page's several failing queries cannot loop.
 */
export function createSessionEndedHandler(
  getRouter: () => AppRouter,
  clearStore: () => Promise<unknown>,
) {
  let redirecting = false;
  return () => {
    const router = getRouter();
    const { pathname, search } = router.state.location;
    if (redirecting || isPublicPath(pathname)) {
      return;
    }
    redirecting = true;
    void Promise.resolve(router.navigate(signInPath(`${pathname}${search}`), { replace: true }))
      .then(() => clearStore())
      .catch(() => undefined)
      .finally(() => {
        redirecting = false;
      });
  };
}
