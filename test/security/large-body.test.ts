// A large article body is sanitized in slices at any depth (sanitizeBodyInto): the result must be
// the one of sanitizing it whole (sanitizeBody), whatever the nesting and whatever DOMPurify drops
// on the way; the first slices are there when it resolves, the rest follows; a body past the
// size limit is cut with a warning. How fast is the bench's (npm run bench, sections 8 and 9).
import { expect } from '@open-wc/testing';
import { LARGE_BODY, MAX_BODY, imageSources, sanitizeBody, sanitizeBodyInto } from '../../src/security/sanitize.js';
import { until } from '../helpers/mock-fetch.js';

interface Vector {
  title: string;
  payload: string;
}

const options = { tableLabel: 'Table' };
/** `n` small paragraphs (5 nodes each), with ids, #links and a handler the sanitizer changes or drops. */
const small = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => `<p id="${tag}${i}">${tag} ${i} <a href="#${tag}${i}" onclick="x()">link</a><img src="/x.jpg" onerror="y()"></p>`).join('');
/** Text enough to make a body large (LARGE_BODY) at little cost. */
const bulk = `<p>${'Plain text of a long report. '.repeat(Math.ceil(LARGE_BODY / 29))}</p>`;
/** Containers to nest the payload in: kept ones, one DOMPurify removes keeping its content, forbidden ones, a table. */
const WRAPPERS: [string, string][] = [
  ['<div class="a">', '</div>'],
  ['<section>', '</section>'],
  ['<x-unknown>', '</x-unknown>'],
  ['<blockquote>', '</blockquote>'],
  ['<table><tbody>', '</tbody></table>'],
  ['<ul><li>', '</li></ul>'],
  ['<noscript>', '</noscript>'],
  ['<font color="red">', '</font>'],
  ['<form>', '</form>'],
  ['<article>', '</article>'],
];

/**
 * `payload` inside `depth` nested containers, each holding more nodes than an element may have
 * before it is sliced open (a few hundred), so that every level is opened; text makes it large.
 */
function nested(payload: string, depth: number, first: number): string {
  const chain = Array.from({ length: depth }, (_, k) => WRAPPERS[(first + k) % WRAPPERS.length]);
  const open = chain.map(([o], k) => `${o}${small(k === depth - 1 ? 100 : 20, `d${k}-`)}`).join('');
  const close = chain.map(([, c], k) => `${small(k === depth - 1 ? 100 : 20, `e${k}-`)}${c}`).reverse().join('');
  return `${open}${payload}${bulk}${close}<p>after</p>`;
}

const serialized = (node: Node) => {
  const holder = document.createElement('div');
  holder.append(node);
  return holder.innerHTML;
};

/** sanitizeBodyInto, waited for until the body is whole (no aria-busy); `images`: the sources it resolved with. */
async function sliced(html: string, with_ = options): Promise<{ html: string; container: HTMLElement; images: string[] }> {
  const container = document.createElement('div');
  const images = await sanitizeBodyInto(container, html, with_);
  await until(() => !container.hasAttribute('aria-busy'), 30_000, 'the whole body');
  return { html: container.innerHTML, container, images };
}

describe('large bodies, sliced', () => {
  it('DOMPurify’s test vectors, nested up to ten containers deep: sliced, the same as sanitized whole', async function () {
    this.timeout(120_000);
    const vectors = (await (await fetch(new URL('../fixtures/security/dompurify-vectors.json', import.meta.url))).json()) as Vector[];
    expect(vectors.length).to.be.greaterThan(200);
    const differing: string[] = [];
    const imagesDiffer: string[] = [];
    for (const [i, vector] of vectors.entries()) {
      const html = nested(vector.payload, 1 + (i % 10), i % WRAPPERS.length);
      expect(html.length).to.be.at.least(LARGE_BODY);
      const whole = serialized(sanitizeBody(html, options));
      const result = await sliced(html);
      if (result.html !== whole) differing.push(`${i} (${vector.title})`);
      // Never an image said that the whole body does not show (the article would show it nowhere);
      // one not said (in a <form>, say) only shows twice.
      const shown = imageSources(result.container);
      const unshown = result.images.filter((src) => src && !shown.includes(src));
      if (unshown.length) imagesDiffer.push(`${i} (${vector.title}): ${unshown.join(' ')}`);
    }
    expect(differing, 'vectors whose sliced body differs').to.deep.equal([]);
    expect(imagesDiffer, 'vectors with image sources said when the first screen is in that the whole body does not show').to.deep.equal([]);
  });

  it('a 1 MB body nested ten <div>s deep: the same as sanitized whole, every paragraph kept', async function () {
    this.timeout(60_000);
    const paragraphs = 2000;
    const html = `${'<div>'.repeat(10)}${small(paragraphs, 'p')}${bulk}${'</div>'.repeat(10)}`;
    const result = await sliced(html);
    expect(result.html).to.equal(serialized(sanitizeBody(html, options)));
    expect(result.container.querySelectorAll('p[id^="user-content-p"]')).to.have.length(paragraphs);
    expect(result.container.querySelector('[onclick], [onerror]')).to.equal(null);
  });

  it('resolves with the sources of its images, those past the first screen included, as the whole body has them', async function () {
    this.timeout(60_000);
    // Images named kept-… are in the whole body; those named gone-… are not (DOMPurify or the URL policy drops them).
    const past = [
      '<img src="https://cdn.example/kept.jpg"><img src="https://cdn.example/kept.jpg">',
      '<figure><picture><source srcset="https://cdn.example/p.webp"><img src="https://cdn.example/kept-picture.jpg"></picture></figure>',
      '<table><tr><td><a href="/x"><img src="/kept-relative.jpg"></a></td></tr></table>',
      '<blockquote><x-unknown><img src="https://cdn.example/kept-unknown-parent.jpg"></x-unknown></blockquote>',
      '<noscript><img src="https://cdn.example/gone-noscript.jpg"></noscript>',
      '<svg><foreignObject><img src="https://cdn.example/gone-svg.jpg"></foreignObject></svg>',
      '<p><foreignobject><img src="https://cdn.example/gone-foreignobject.jpg"></foreignobject><desc><img src="https://cdn.example/gone-desc.jpg"></desc><mi><img src="https://cdn.example/gone-mi.jpg"></mi></p>',
      '<div is="x-news"><img src="https://cdn.example/gone-is-parent.jpg"></div><img is="x-news" src="https://cdn.example/gone-is.jpg">',
      '<img src="javascript:alert(1)"><img src="https://tracker.example/gone-host.jpg"><img src="data:image/png;base64,AAAA">',
    ].join('');
    // A stray <body> tag gives the body element its attributes (is="…" included).
    const html = `${small(500, 'p')}${bulk}<body is="x-news"><div>${past}</div>`;
    const hosts = { ...options, baseUrl: 'https://cms.example/posts/1', imageHosts: ['cdn.example', 'cms.example'] };
    const { container, images } = await sliced(html, hosts);
    const shown = imageSources(container);
    expect(shown, 'the whole body').to.include.members(['https://cdn.example/kept.jpg', 'https://cdn.example/kept-picture.jpg', 'https://cms.example/kept-relative.jpg', 'https://cdn.example/kept-unknown-parent.jpg']);
    expect(shown.filter((src) => src.includes('gone')), 'none of those dropped').to.deep.equal([]);
    expect([...new Set(images)].filter(Boolean).sort()).to.deep.equal([...new Set(shown)].filter(Boolean).sort());
  });

  it('says up to a thousand image sources, the first ones, however many the body has', async function () {
    this.timeout(60_000);
    const html = `${bulk}${Array.from({ length: 1500 }, (_, i) => `<img src="/i${i}.jpg">`).join('')}`;
    const { container, images } = await sliced(html);
    expect(imageSources(container)).to.have.length(1500);
    expect(images).to.deep.equal(Array.from({ length: 1000 }, (_, i) => `/i${i}.jpg`));
  });

  it('resolves with the first slices in and the rest to come (aria-busy), then fills the container in place', async function () {
    this.timeout(60_000);
    const html = `<div>${small(20_000, 'p')}</div>`;
    const container = document.createElement('div');
    await sanitizeBodyInto(container, html, options);
    const first = container.querySelectorAll('p').length;
    expect(container.getAttribute('aria-busy')).to.equal('true');
    expect(first, 'paragraphs when it resolved').to.be.above(0).and.below(20_000);
    const outer = container.firstElementChild;
    await until(() => !container.hasAttribute('aria-busy'), 30_000, 'the whole body');
    expect(container.querySelectorAll('p')).to.have.length(20_000);
    expect(container.firstElementChild, 'the same <div>, filled').to.equal(outer);
  });

  it('a dir="auto" container keeps the direction of its first screen while it fills, and is auto again when whole', async function () {
    this.timeout(60_000);
    const container = document.createElement('div');
    container.dir = 'auto';
    const arabic = Array.from({ length: 5000 }, (_, i) => `<p>فقرة رقم ${i} من تقرير طويل</p>`).join('');
    await sanitizeBodyInto(container, `<div>${arabic}</div>`, options);
    expect(container.getAttribute('aria-busy')).to.equal('true');
    expect(container.getAttribute('dir')).to.equal('rtl');
    await until(() => !container.hasAttribute('aria-busy'), 30_000, 'the whole body');
    expect(container.getAttribute('dir')).to.equal('auto');
    expect(container.matches(':dir(rtl)')).to.equal(true);
    expect(container.querySelectorAll('p')).to.have.length(5000);
  });

  it('stops filling when its signal is aborted after the first slices', async function () {
    this.timeout(60_000);
    const controller = new AbortController();
    const container = document.createElement('div');
    await sanitizeBodyInto(container, small(20_000, 'p'), options, controller.signal);
    controller.abort();
    const shown = container.querySelectorAll('p').length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(container.querySelectorAll('p').length).to.equal(shown);
    expect(shown).to.be.below(20_000);
  });

  it(`cuts a body over ${MAX_BODY.toLocaleString('en')} characters there, with a warning`, async function () {
    this.timeout(60_000);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const html = `<p>${'a'.repeat(MAX_BODY)}</p><p id="past">past the limit</p>`;
      const { container } = await sliced(html);
      expect(container.querySelector('#user-content-past, #past')).to.equal(null);
      expect(container.textContent!.length).to.be.within(MAX_BODY - 10, MAX_BODY);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0])).to.match(/cut at 20,000,000/);
  });
});
