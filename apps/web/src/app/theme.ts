import {
  Anchor,
  createTheme,
  rem,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

// Palettes tuned for WCAG 2.2 AA on white: shade 6 and darker reach at least 4.5:1, and the
// primary shade (7) reaches 7:1 as text, as a button fill under white text and on its own
// 10% tint (the "light" variant). Mantine's defaults fall short for green, yellow and red.

/** Lantern's primary: a deep gallery green-teal. */
const lantern: MantineColorsTuple = [
  '#eef6f5',
  '#d5e9e7',
  '#abd3cf',
  '#7dbbb5',
  '#56a49d',
  '#3a8d86',
  '#2a7770',
  '#1f625c',
  '#174f4a',
  '#0f3c38',
];

const red: MantineColorsTuple = [
  '#fdf0ef',
  '#f9dcd9',
  '#f2b8b2',
  '#ea8f86',
  '#e0685d',
  '#d2473b',
  '#b8372c',
  '#9c2c23',
  '#81241c',
  '#661c16',
];

const green: MantineColorsTuple = [
  '#edf7ef',
  '#d4ecd8',
  '#a8d8b1',
  '#78c188',
  '#4fa964',
  '#35904b',
  '#28783c',
  '#1f6331',
  '#184f27',
  '#113c1d',
];

/** Amber rather than lemon, so that warning text stays readable. */
const yellow: MantineColorsTuple = [
  '#fdf7e6',
  '#faecc0',
  '#f5d985',
  '#efc24a',
  '#e6a91e',
  '#c98d0c',
  '#a57208',
  '#835a07',
  '#684706',
  '#4f3604',
];

const blue: MantineColorsTuple = [
  '#eef4fb',
  '#d6e4f5',
  '#adc9eb',
  '#80aadf',
  '#5a8ed3',
  '#3c74c2',
  '#2d5fa6',
  '#234c88',
  '#1b3c6d',
  '#142d53',
];

const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji"';

export const theme = createTheme({
  primaryColor: 'lantern',
  primaryShade: { light: 7, dark: 4 },
  colors: { lantern, red, green, yellow, blue },
  white: '#ffffff',
  black: '#1a1d1f',
  fontFamily: systemFonts,
  fontFamilyMonospace:
    'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace',
  headings: {
    fontFamily: systemFonts,
    fontWeight: '650',
    sizes: {
      h1: { fontSize: rem(30), lineHeight: '1.25' },
      h2: { fontSize: rem(22), lineHeight: '1.3' },
      h3: { fontSize: rem(18), lineHeight: '1.35' },
      h4: { fontSize: rem(16), lineHeight: '1.4' },
    },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  // A visible ring for keyboard focus (Mantine draws it with the primary colour, 7:1 on white).
  focusRing: 'auto',
  autoContrast: true,
  components: {
    // Links in running text must not rely on colour alone (WCAG 1.4.1): always underlined.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

/** Darker text tokens than Mantine's defaults, so secondary text and errors meet AA. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-default-border': 'var(--mantine-color-gray-5)',
  },
  dark: {},
});
