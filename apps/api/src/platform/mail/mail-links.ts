const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;

/**
 * Every http(s) URL in a plain-text body, in order of first appearance, without duplicates.
 * Sentence punctuation after a URL ("... this link: https://x/y.") is not part of it.
 */
export function extractLinks(text: string): string[] {
  const links: string[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    let link = match[0];
    for (;;) {
      const trimmed = link.replace(/[.,;:!?]+$/, '');
      const unbalanced =
        (trimmed.endsWith(')') && count(trimmed, '(') < count(trimmed, ')')) ||
        (trimmed.endsWith(']') && count(trimmed, '[') < count(trimmed, ']'));
      const next = unbalanced ? trimmed.slice(0, -1) : trimmed;
      if (next === link) break;
      link = next;
    }
    if (/^https?:\/\/[^/?#]+/i.test(link) && !links.includes(link)) links.push(link);
  }
  return links;
}

function count(value: string, char: string): number {
  return value.split(char).length - 1;
}
