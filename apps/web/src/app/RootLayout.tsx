import { Outlet } from 'react-router';
import { useRouteFocus } from './useRouteFocus';

/** Wraps every page, signed in or not: moves focus to the new page's h1 after navigation. */
export function RootLayout() {
  useRouteFocus();
  return <Outlet />;
}
