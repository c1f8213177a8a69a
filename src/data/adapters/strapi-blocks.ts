// Strapi's Blocks rich text (a JSON tree: paragraph, heading, list, quote, code, image, link, text
// with bold/italic/underline/strikethrough/code) to HTML. Strapi's own renderer is a React
// component; this tree is small and fully specified, so it is rendered here, every text and
// attribute escaped, and the result sanitized like any body.
import { isRecord } from '../model.js';

const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

const MARKS: [string, string][] = [
  ['code', 'code'],
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strikethrough', 's'],
];

function children(node: Record<string, unknown>, resolveUrl: (url: string) => string): string {
  return Array.isArray(node.children) ? node.children.map((child) => block(child, resolveUrl)).join('') : '';
}

function block(node: unknown, resolveUrl: (url: string) => string): string {
  if (!isRecord(node)) return '';
  const inner = () => children(node, resolveUrl);
  switch (node.type) {
    case 'text': {
      let text = typeof node.text === 'string' ? escapeText(node.text).replace(/\n/g, '<br>') : '';
      for (const [mark, tag] of MARKS) if (node[mark] === true) text = `<${tag}>${text}</${tag}>`;
      return text;
    }
    case 'paragraph':
      return `<p>${inner()}</p>`;
    case 'heading': {
      const level = typeof node.level === 'number' && node.level >= 1 && node.level <= 6 ? Math.floor(node.level) : 2;
      return `<h${level}>${inner()}</h${level}>`;
    }
    case 'list': {
      const tag = node.format === 'ordered' ? 'ol' : 'ul';
      return `<${tag}>${inner()}</${tag}>`;
    }
    case 'list-item':
      return `<li>${inner()}</li>`;
    case 'quote':
      return `<blockquote>${inner()}</blockquote>`;
    case 'code':
      return `<pre><code>${inner()}</code></pre>`;
    case 'link':
      return typeof node.url === 'string' ? `<a href="${escapeAttribute(resolveUrl(node.url))}">${inner()}</a>` : inner();
    case 'image': {
      const image = isRecord(node.image) ? node.image : undefined;
      if (!image || typeof image.url !== 'string') return '';
      const alt = typeof image.alternativeText === 'string' ? image.alternativeText : '';
      const size = ['width', 'height'].map((name) => (typeof image[name] === 'number' ? ` ${name}="${image[name]}"` : '')).join('');
      return `<p><img src="${escapeAttribute(resolveUrl(image.url))}" alt="${escapeAttribute(alt)}"${size}></p>`;
    }
    default:
      // A block type of a newer Strapi: its text is kept.
      return inner();
  }
}

/** The HTML of a Blocks document (an array of blocks). */
export function blocksToHtml(blocks: readonly unknown[], resolveUrl: (url: string) => string = (url) => url): string {
  return blocks.map((node) => block(node, resolveUrl)).join('');
}
