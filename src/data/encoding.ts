// The character encoding of an answer, found as feed readers find it (feedparser tries the
// header's charset, the XML declaration's, then UTF-8, then windows-1252, keeping the first that
// decodes cleanly), with what browsers know of the labels (GB2312 is read as GBK, ISO-8859-1 and
// US-ASCII as windows-1252: the Encoding Standard). In order:
//   1. a byte order mark (UTF-8, UTF-16), or UTF-16 without one (`<?` as two-byte units);
//   2. bytes that are valid UTF-8: UTF-8, unless the header and the declaration both name one
//      other encoding (servers label UTF-8 feeds ISO-8859-1 or GB2312 by default);
//   3. the multi-byte encoding (GBK, Big5, Shift_JIS, EUC-KR…) of the header, else of the
//      declaration, that decodes the bytes cleanly: a server's default ISO-8859-1 does not hide
//      a GB2312 declaration, nor a wrong header a right declaration;
//   4. a single-byte encoding they name (windows-1252, KOI8-R…);
//   5. a named multi-byte encoding with the odd bad sequence replaced, else windows-1252, which
//      reads every byte (so undeclared Latin-1 never turns into replacement characters).

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** The charset of a Content-Type, quoted or not (`charset='us-ascii'`, `charset = "gb2312"`). */
function charsetOf(contentType: string | null): string | undefined {
  const match = /;\s*charset\s*=\s*["']?([\w.:-]+)["']?/i.exec(contentType ?? '');
  return match?.[1].toLowerCase();
}

function xmlDeclared(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every encoding a feed uses (UTF-16 has a BOM or is sniffed).
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  return /^[\s\ufeff\u00ef\u00bb\u00bf]*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1].toLowerCase();
}

function decoder(label: string | undefined, fatal = false): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined; // a label the Encoding Standard does not know
  }
}

/** The Encoding Standard's name for a label (`gb2312` → `gbk`, `latin1` → `windows-1252`), or undefined. */
const canonical = (label: string | undefined) => decoder(label)?.encoding;

const SINGLE_BYTE = /^(windows-\d+|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic)$/;

function decodes(label: string, bytes: Uint8Array): string | undefined {
  try {
    return decoder(label, true)?.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * The text of a body, decoded as its bytes and headers say (see above). `json`: JSON is UTF-8
 * (RFC 8259), so a header naming another charset is believed only when the bytes are not UTF-8.
 */
/** UTF-32 (which the Encoding Standard, and so TextDecoder, leaves out), code point by code point. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = [];
  for (let at = 0; at + 4 <= bytes.length; at += 4) {
    const code = view.getUint32(at, littleEndian);
    out.push(code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd');
  }
  return out.join('').replace(/^\ufeff/, '');
}

/**
 * The Unicode encoding of a JSON text as RFC 4627 tells it from its first bytes (JSON starts
 * with two ASCII characters, so the zero bytes show the width and order), or undefined.
 */
function jsonUnicode(bytes: Uint8Array): 'utf-32be' | 'utf-32le' | 'utf-16be' | 'utf-16le' | undefined {
  if (bytes.length < 4) return undefined;
  const [a, b, c, d] = bytes;
  if (a === 0 && b === 0 && c === 0 && d !== 0) return 'utf-32be';
  if (a !== 0 && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b !== 0 && c === 0 && d !== 0) return 'utf-16be';
  if (a !== 0 && b === 0 && c !== 0 && d === 0) return 'utf-16le';
  return undefined;
}

export function decodeBody(buffer: ArrayBuffer | Uint8Array, contentType: string | null, json = false): string {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  // UTF-32's byte order marks first: FF FE 00 00 starts with UTF-16LE's.
  if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) return decodeUtf32(bytes, false);
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0x00 && bytes[3] === 0x00) return decodeUtf32(bytes, true);
  const unicode = json ? jsonUnicode(bytes) : undefined;
  if (unicode === 'utf-32be' || unicode === 'utf-32le') return decodeUtf32(bytes, unicode === 'utf-32le');
  if (unicode) return new TextDecoder(unicode).decode(bytes);
  const bom = BOMS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) return new TextDecoder(bom[1]).decode(bytes);
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00) return new TextDecoder('utf-16le').decode(bytes);
  const header = canonical(charsetOf(contentType));
  const declared = json ? undefined : canonical(xmlDeclared(bytes));
  // ISO-2022-JP is 7-bit: its escape sequences are valid UTF-8 too.
  if ((header === 'iso-2022-jp' || declared === 'iso-2022-jp') && bytes.includes(0x1b)) return new TextDecoder('iso-2022-jp').decode(bytes);
  const utf8 = decodes('utf-8', bytes);
  if (utf8 !== undefined && (json || !(header && header === declared && header !== 'utf-8'))) return utf8;
  const named = [...new Set([header, declared])].filter((label): label is string => Boolean(label) && label !== 'utf-8' && !/^utf-16/.test(label!));
  const multiByte = named.filter((label) => !SINGLE_BYTE.test(label));
  for (const label of [...multiByte, ...named.filter((label) => SINGLE_BYTE.test(label))]) {
    const text = decodes(label, bytes);
    if (text !== undefined) return text;
  }
  return new TextDecoder(multiByte[0] ?? 'windows-1252').decode(bytes);
}
