import { Box, Group, Text } from '@mantine/core';
import { VisuallyHidden } from '@lantern/ui';
import { IMPORT_STEPS, type ImportStep } from '../steps';

export interface ImportStepperProps {
  current: ImportStep;
  /** Every step is done (the import was committed). */
  finished?: boolean;
  /** The current step stopped with a problem (invalid rows, a failed commit). */
  problem?: boolean;
}

function StepMarker({ number, state }: { number: number; state: 'done' | 'current' | 'todo' }) {
  const filled = state !== 'todo';
  return (
    <Box
      component="span"
      aria-hidden="true"
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: 28,
        height: 28,
        borderRadius: '50%',
        flexShrink: 0,
        fontWeight: 700,
        fontSize: 'var(--mantine-font-size-sm)',
        border: '2px solid var(--mantine-primary-color-filled)',
        background: filled ? 'var(--mantine-primary-color-filled)' : 'var(--mantine-color-white)',
        color: filled ? 'var(--mantine-color-white)' : 'var(--mantine-primary-color-filled)',
      }}
    >
      {state === 'done' ? (
        <svg width="14" height="14" viewBox="0 0 16 16" focusable="false">
          <path
            d="M3 8.5l3.2 3.2L13 4.8"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.4"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      ) : (
        number
      )}
    </Box>
  );
}

/**
 * Where the import is: an ordered list of the wizard's steps, the current one marked with
 * `aria-current="step"` and each step's state in words for screen readers.
 */
export function ImportStepper({ current, finished = false, problem = false }: ImportStepperProps) {
  const currentIndex = IMPORT_STEPS.findIndex((step) => step.id === current);
  return (
    <Box
      component="ol"
      aria-label="Import steps"
      m={0}
      p={0}
      style={{
        listStyle: 'none',
        display: 'flex',
        flexWrap: 'wrap',
        gap: 'var(--mantine-spacing-xs) var(--mantine-spacing-lg)',
      }}
    >
      {IMPORT_STEPS.map((step, index) => {
        const state =
          finished || index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
        const words =
          state === 'done'
            ? 'done'
            : state === 'current'
              ? problem
                ? 'current step, needs attention'
                : 'current step'
              : 'not started';
        return (
          <li
            key={step.id}
            aria-current={state === 'current' && !finished ? 'step' : undefined}
            data-step={step.id}
            data-state={state}
          >
            <Group gap={8} wrap="nowrap">
              <StepMarker number={index + 1} state={state} />
              <Text
                size="sm"
                fw={state === 'current' ? 700 : 500}
                c={state === 'todo' ? 'dimmed' : undefined}
                td={state === 'current' ? 'underline' : undefined}
              >
                {step.label}
                <VisuallyHidden>{`: ${words}`}</VisuallyHidden>
              </Text>
            </Group>
          </li>
        );
      })}
    </Box>
  );
}
