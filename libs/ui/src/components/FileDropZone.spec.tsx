import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../test/render';
import { FileDropZone, formatFileSize } from './FileDropZone';

function csv(name = 'log.csv', text = 'Date,Programme\n') {
  return new File([text], name, { type: 'text/csv' });
}

describe('FileDropZone', () => {
  it('is a named group whose button is described and opens the file picker', async () => {
    const onFile = vi.fn();
    const { container } = renderWithMantine(
      <FileDropZone label="Spreadsheet" description="A CSV or Excel file." onFile={onFile} />,
    );
    expect(screen.getByRole('group', { name: 'Spreadsheet' })).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Choose a file' });
    expect(button).toHaveAccessibleDescription('A CSV or Excel file.');

    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input).toHaveAttribute('aria-label', 'Spreadsheet');
    const clicked = vi.fn();
    input.addEventListener('click', clicked);
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(clicked).toHaveBeenCalled();

    await userEvent.upload(input, csv());
    expect(onFile).toHaveBeenCalledWith(expect.objectContaining({ name: 'log.csv' }));
  });

  it('takes a file dropped on the zone', () => {
    const onFile = vi.fn();
    const { container } = renderWithMantine(<FileDropZone label="Spreadsheet" onFile={onFile} />);
    const zone = container.querySelector('[data-drop-zone]')!;
    const file = csv('dropped.csv');
    fireEvent.dragOver(zone, { dataTransfer: { files: [file], dropEffect: 'none' } });
    expect(zone).toHaveAttribute('data-dragging');
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    expect(onFile).toHaveBeenCalledWith(file);
    expect(zone).not.toHaveAttribute('data-dragging');
  });

  it('ignores drops while disabled and describes the button with the error', () => {
    const onFile = vi.fn();
    const { container } = renderWithMantine(
      <FileDropZone label="Spreadsheet" disabled error="Choose a CSV file" onFile={onFile} />,
    );
    fireEvent.drop(container.querySelector('[data-drop-zone]')!, {
      dataTransfer: { files: [csv()] },
    });
    expect(onFile).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Choose a file' })).toHaveAccessibleDescription(
      'Choose a CSV file',
    );
  });
});

describe('formatFileSize', () => {
  it('reads like a file manager', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(812)).toBe('812 bytes');
    expect(formatFileSize(24_900)).toBe('24.3 KB');
    expect(formatFileSize(1_258_291)).toBe('1.2 MB');
    expect(formatFileSize(150 * 1024)).toBe('150 KB');
    expect(formatFileSize(-1)).toBe('Unknown size');
  });
});
