import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

let personHasInteracted = false;

function noteInteraction() {
  personHasInteracted = true;
}

/** For tests: forget that anyone has clicked or typed. */
export function resetRouteFocusForTests() {
  personHasInteracted = false;
}

const MAX_TRIES = 20;
const RETRY_MS = 50;

/**
 * Moves focus to the page's h1 when the path changes, so screen reader and keyboard users start
 * reading at the new page (as a page load would) instead of staying on a link that is gone.
 *
 * Not on the first load, nor on redirects before the person has clicked or typed anything (they
 * keep the skip link first in the tab order), nor when only the query string changes (filters).
 */
export function useRouteFocus() {
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  useEffect(() => {
    document.addEventListener('pointerdown', noteInteraction, true);
    document.addEventListener('keydown', noteInteraction, true);
    return () => {
      document.removeEventListener('pointerdown', noteInteraction, true);
      document.removeEventListener('keydown', noteInteraction, true);
    };
  }, []);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!personHasInteracted) {
      return;
    }
    let timer: number | undefined;
    let tries = 0;
    // A lazy page may render its heading a moment after the path changes.
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) {
          heading.setAttribute('tabindex', '-1');
        }
        heading.focus();
        return;
      }
      tries += 1;
      if (tries < MAX_TRIES) {
        timer = window.setTimeout(focusHeading, RETRY_MS);
      }
    };
    focusHeading();
    return () => window.clearTimeout(timer);
  }, [pathname]);
}
