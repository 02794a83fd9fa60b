import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DescriptionItem {
  term: string;
  value: ReactNode;
}

export interface DescriptionListProps {
  items: DescriptionItem[];
  /** `rows` puts term and value side by side; `stacked` puts the value under the term. */
  layout?: 'rows' | 'stacked';
}

/** Term and value pairs (`<dl>`), such as the figures on a status card. */
export function DescriptionList({ items, layout = 'rows' }: DescriptionListProps) {
  const stacked = layout === 'stacked';
  return (
    <Box component="dl" m={0}>
      {items.map((item) => (
        <Box
          key={item.term}
          py={6}
          style={{
            display: 'flex',
            flexDirection: stacked ? 'column' : 'row',
            justifyContent: 'space-between',
            alignItems: stacked ? 'flex-start' : 'baseline',
            gap: stacked ? 2 : 'var(--mantine-spacing-md)',
            borderBottom: '1px solid var(--mantine-color-gray-2)',
          }}
        >
          <Text component="dt" size="sm" c="dimmed">
            {item.term}
          </Text>
          <Text
            component="dd"
            size="sm"
            fw={600}
            m={0}
            ta={stacked ? 'left' : 'right'}
            style={{ overflowWrap: 'anywhere', minWidth: 0 }}
          >
            {item.value}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
