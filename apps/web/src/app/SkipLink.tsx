import classes from './SkipLink.module.css';

/** The first focusable element on every page: jumps past the header and navigation. */
export function SkipLink({ targetId = 'main' }: { targetId?: string }) {
  return (
    <a className={classes.skipLink} href={`#${targetId}`}>
      Skip to main content
    </a>
  );
}
