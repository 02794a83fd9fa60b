import { useDocumentTitle } from '@mantine/hooks';

export const APP_NAME = 'Lantern';

/** Builds a document title such as "System status · Lantern". */
export function pageTitle(page: string): string {
  return `${page} · ${APP_NAME}`;
}

/** Sets the document title for the current page. Call once from each route component. */
export function usePageTitle(page: string): void {
  useDocumentTitle(pageTitle(page));
}
