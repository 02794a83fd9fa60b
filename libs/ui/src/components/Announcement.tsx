import { Paper, Text } from '@mantine/core';
import { LiveRegion } from './LiveRegion';

export interface AnnouncementProps {
  /** What just happened ("Settings saved."); null shows nothing but keeps the region ready. */
  message: string | null;
}

/**
 * The outcome of an action (saved, sent, removed), shown on the page and announced politely by
 * screen readers. Rendered from the start so assistive technology is already watching it.
 */
export function Announcement({ message }: AnnouncementProps) {
  return (
    <LiveRegion visuallyHidden={false}>
      {message ? (
        <Paper withBorder radius="md" p="sm" mb="md" bg="green.0" data-announcement>
          <Text fw={600} c="green.8">
            {message}
          </Text>
        </Paper>
      ) : null}
    </LiveRegion>
  );
}
