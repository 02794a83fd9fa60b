import { Button, Group, Text } from '@mantine/core';

export interface LoadMoreFooterProps {
  /** How many rows the list shows now. */
  shown: number;
  /** How many there are in all. */
  total: number;
  /** What a row is, singular ("partner"); the plural adds an s unless given. */
  noun: string;
  nounPlural?: string;
  hasNextPage: boolean;
  onLoadMore: () => void;
  loadingMore: boolean;
  /** Why the last "Load more" failed, shown as an alert under the footer. */
  error?: string | null;
  /** How counts are written (plain digits unless given). */
  formatCount?: (count: number) => string;
}

/** The foot of a paged list: "Showing 20 of 143 partners" and a "Load more" button. */
export function LoadMoreFooter({
  shown,
  total,
  noun,
  nounPlural = `${noun}s`,
  hasNextPage,
  onLoadMore,
  loadingMore,
  error,
  formatCount = String,
}: LoadMoreFooterProps) {
  return (
    <>
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Text size="sm" c="dimmed">
          Showing {formatCount(shown)} of {formatCount(total)} {total === 1 ? noun : nounPlural}
        </Text>
        {hasNextPage ? (
          <Button variant="default" onClick={onLoadMore} loading={loadingMore}>
            Load more
          </Button>
        ) : null}
      </Group>
      {error ? (
        <Text size="sm" c="red.7" role="alert">
          {error}
        </Text>
      ) : null}
    </>
  );
}
