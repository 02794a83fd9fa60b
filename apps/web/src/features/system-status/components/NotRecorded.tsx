import { VisuallyHidden } from '@lantern/ui';

/** A dash for an empty cell, read out as words rather than "dash". */
export function NotRecorded({ label = 'Not recorded' }: { label?: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{label}</VisuallyHidden>
    </>
  );
}
