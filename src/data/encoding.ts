// The character encoding of an answer, as a browser would find it for a feed: a byte order mark,
// then the charset of Content-Type, then an XML declaration (`<?xml … encoding="GB2312"?>`),
// then UTF-8. Legacy portals often declare one encoding and send another: when the declared
// charset is UTF-8 but the bytes are not, the XML declaration is believed instead.

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

function charsetOf(contentType: string | null): string | undefined {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match?.[1].toLowerCase();
}

function xmlDeclared(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every encoding a feed uses (UTF-16 has a BOM).
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1].toLowerCase();
}

function decoder(label: string | undefined, fatal = false): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return undefined; // a label the Encoding Standard does not know
  }
}

/**
 * The text of a body, decoded as its bytes and headers say (GB2312 and GBK read as GBK, per the
 * Encoding Standard). `json`: JSON is UTF-8 (RFC 8259), so a header naming another charset is
 * believed only when the bytes are not UTF-8 (servers label UTF-8 JSON iso-8859-1 by default).
 */
export function decodeBody(buffer: ArrayBuffer, contentType: string | null, json = false): string {
  const bytes = new Uint8Array(buffer);
  const bom = BOMS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) return new TextDecoder(bom[1]).decode(bytes);
  if (json) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8: a legacy server's GBK or Big5 JSON, read as its header says below.
    }
  }
  const header = charsetOf(contentType);
  const declared = xmlDeclared(bytes);
  if (header && !/^utf-?8$/.test(header)) {
    const fromHeader = decoder(header);
    if (fromHeader) return fromHeader.decode(bytes);
  }
  if (declared && !/^utf-?8$/.test(declared)) {
    const fromDeclaration = decoder(declared);
    if (fromDeclaration && !header) return fromDeclaration.decode(bytes);
    // Believe the declaration over a UTF-8 header only when the bytes are not UTF-8.
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      if (fromDeclaration) return fromDeclaration.decode(bytes);
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
