import { describe, expect, it } from 'vitest';
import { checkFileType, declaredFileType, sniffFileType } from './file-sniffing';

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16);
const WEBP = text('RIFF\u0001\u0000\u0000\u0000WEBPVP8 ');

describe('sniffFileType', () => {
  it('recognises each allowed type by its first bytes', () => {
    expect(sniffFileType(PNG)).toBe('image/png');
    expect(sniffFileType(JPEG)).toBe('image/jpeg');
    expect(sniffFileType(text('GIF89a\u0001\u0000'))).toBe('image/gif');
    expect(sniffFileType(text('GIF87a'))).toBe('image/gif');
    expect(sniffFileType(WEBP)).toBe('image/webp');
    expect(sniffFileType(text('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffFileType(text('A visitor said: "I never knew."\r\n'))).toBe('text/plain');
    expect(sniffFileType(text('\ufeffCafé notes, naïve — fine'))).toBe('text/plain');
  });

  it('refuses what is none of them', () => {
    expect(sniffFileType(bytes())).toBeNull();
    expect(sniffFileType(text('PK\u0003\u0004word/document.xml'))).toBeNull();
    expect(sniffFileType(bytes(0x4d, 0x5a, 0x90, 0x00))).toBeNull(); // a Windows program
    expect(sniffFileType(text('RIFF\u0001\u0000\u0000\u0000WAVEfmt '))).toBeNull();
    expect(sniffFileType(bytes(0xc3, 0x28, 0x41))).toBeNull(); // invalid UTF-8
  });

  it('accepts text whose sample ends half-way through a character', () => {
    const euro = text('price: €'); // € is three bytes
    expect(sniffFileType(euro.subarray(0, euro.length - 1))).toBe('text/plain');
  });
});

describe('declaredFileType', () => {
  it('normalises parameters, case and common aliases', () => {
    expect(declaredFileType('text/plain; charset=utf-8')).toBe('text/plain');
    expect(declaredFileType('IMAGE/JPG')).toBe('image/jpeg');
    expect(declaredFileType('image/svg+xml')).toBeNull();
    expect(declaredFileType(undefined)).toBeNull();
  });
});

describe('checkFileType', () => {
  it('passes a file whose bytes match its declared type', () => {
    expect(checkFileType('a.png', 'image/png', PNG)).toEqual({ ok: true, type: 'image/png' });
  });

  it('refuses a type that is not allowed, naming the file', () => {
    const result = checkFileType('drawing.svg', 'image/svg+xml', text('<svg/>'));
    expect(result).toMatchObject({ ok: false, reason: 'TYPE_NOT_ALLOWED' });
    expect(!result.ok && result.message).toMatch(/^drawing\.svg was sent as image\/svg\+xml/);
  });

  it('refuses a mismatch between the label and the contents, naming both', () => {
    const result = checkFileType('photo.jpg', 'image/jpeg', PNG);
    expect(result).toMatchObject({ ok: false, reason: 'CONTENT_MISMATCH' });
    expect(!result.ok && result.message).toBe(
      'photo.jpg is labelled as a JPEG image but its contents are a PNG image: save it in the right format and upload it again',
    );
    const program = checkFileType('notes.txt', 'text/plain', bytes(0x4d, 0x5a, 0x90, 0x00));
    expect(!program.ok && program.message).toMatch(/not one of the allowed types/);
  });
});
