import { EVIDENCE_FILE_TYPES, type EvidenceFileType } from '@lantern/domain';

/** How many leading bytes sniffing looks at (text is checked over all of them). */
export const SNIFF_BYTES = 4096;

export const FILE_TYPE_LABELS: Record<EvidenceFileType, string> = {
  'image/jpeg': 'JPEG image',
  'image/png': 'PNG image',
  'image/webp': 'WebP image',
  'image/gif': 'GIF image',
  'application/pdf': 'PDF document',
  'text/plain': 'plain text file',
};

const ALIASES: Record<string, EvidenceFileType> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/x-pdf': 'application/pdf',
};

function startsWith(head: Uint8Array, bytes: readonly number[], offset = 0): boolean {
  return head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

/**
 * Plain text: no NUL or other control characters than tab, line feed, form feed and carriage
 * return, and valid UTF-8 (a multi-byte character cut off at the end of the sample is fine).
 */
function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d)
      return false;
    if (byte === 0x7f) return false;
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let cut = 0; cut <= 3 && cut < head.length; cut += 1) {
    try {
      decoder.decode(head.subarray(0, head.length - cut));
      return true;
    } catch {
      // perhaps a character cut in two at the end: try a byte shorter
    }
  }
  return false;
}

/**
 * What a file really is, from its first bytes (magic numbers), among the types evidence may
 * carry; null when it is none of them.
 */
export function sniffFileType(head: Uint8Array): EvidenceFileType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  const withoutBom = startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head;
  if (looksLikeText(withoutBom)) return 'text/plain';
  return null;
}

/** The declared media type (Content-Type header) as one of ours, or null if not allowed. */
export function declaredFileType(contentType: string | undefined): EvidenceFileType | null {
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const known = ALIASES[media] ?? media;
  return (EVIDENCE_FILE_TYPES as readonly string[]).includes(known)
    ? (known as EvidenceFileType)
    : null;
}

export type FileCheck =
  | { ok: true; type: EvidenceFileType }
  | { ok: false; reason: 'TYPE_NOT_ALLOWED' | 'CONTENT_MISMATCH'; message: string };

const ALLOWED = 'JPEG, PNG, WebP or GIF images, PDF documents or plain text';

/** Checks the declared type is allowed and the bytes are that type; the message names the file. */
export function checkFileType(
  filename: string,
  contentType: string | undefined,
  head: Uint8Array,
): FileCheck {
  const declared = declaredFileType(contentType);
  if (!declared) {
    const media = (contentType ?? '').split(';')[0]!.trim() || 'no type';
    return {
      ok: false,
      reason: 'TYPE_NOT_ALLOWED',
      message: `${filename} was sent as ${media}: evidence files must be ${ALLOWED}`,
    };
  }
  const actual = sniffFileType(head);
  if (actual !== declared) {
    return {
      ok: false,
      reason: 'CONTENT_MISMATCH',
      message: `${filename} is labelled as a ${FILE_TYPE_LABELS[declared]} but its contents ${
        actual ? `are a ${FILE_TYPE_LABELS[actual]}` : 'are not one of the allowed types'
      }: save it in the right format and upload it again`,
    };
  }
  return { ok: true, type: declared };
}
