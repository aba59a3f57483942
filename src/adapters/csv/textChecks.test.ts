import { describe, expect, it } from 'vitest';
import { exceedsUtf8Bytes, inspectSample, stripByteOrderMark, utf8ByteLength } from './textChecks';

describe('inspectSample', () => {
  it('passes ordinary text, tabs, CRLF and non-ASCII letters', () => {
    expect(inspectSample('x\ty\r\n1\t2\r\nGröße,売上\n')).toBe('text');
  });
  it('calls a single NUL binary', () => {
    expect(inspectSample('x,y\n1,2\u0000\n')).toBe('binary');
  });
  it('calls text with more than 10% control or undecodable characters binary', () => {
    expect(inspectSample('ab\u0001\u0002\u0003\u0004cdefghij')).toBe('binary');
    expect(inspectSample('\uFFFD\uFFFDabcdefgh')).toBe('binary');
  });
  it('lets a few undecodable characters through', () => {
    expect(inspectSample('Temp\uFFFDrature,Pression\n12,1013\n')).toBe('text');
  });
  it('recognises UTF-16 text read as UTF-8 by its NUL after every character', () => {
    const decoded = new TextDecoder().decode(new Uint8Array([0xff, 0xfe, ...Buffer.from('x,y\r\n1,2\r\n', 'utf16le')]));
    expect(inspectSample(decoded)).toBe('utf16');
  });
});

describe('byte counting', () => {
  it('utf8ByteLength agrees with TextEncoder, surrogate pairs and lone surrogates included', () => {
    for (const text of ['abc', 'é', '€', '𝑥²', '📏', 'a\uD800b', '\uDC00']) {
      expect(utf8ByteLength(text), text).toBe(new TextEncoder().encode(text).length);
    }
  });
  it('exceedsUtf8Bytes compares the UTF-8 size with the limit', () => {
    expect(exceedsUtf8Bytes('abcd', 4)).toBe(false);
    expect(exceedsUtf8Bytes('abcde', 4)).toBe(true);
    expect(exceedsUtf8Bytes('éé', 4)).toBe(false);
    expect(exceedsUtf8Bytes('ééé', 5)).toBe(true);
  });
  it('stripByteOrderMark removes only a leading U+FEFF', () => {
    expect(stripByteOrderMark('\uFEFFx,y')).toBe('x,y');
    expect(stripByteOrderMark('x,\uFEFFy')).toBe('x,\uFEFFy');
  });
});
