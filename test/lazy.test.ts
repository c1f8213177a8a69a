// Files beside the script-tag bundle: never guessed from an unknown folder.
import { expect } from '@open-wc/testing';
import { NewsError } from '../src/data/errors.js';
import { VERSION, besideScript, importBeside } from '../src/lazy/script-base.js';

describe('files beside the script-tag bundle', () => {
  it('are not looked for when the bundle’s folder is unknown, and the error says what to do', async () => {
    // A module (like this test) has no document.currentScript: the same as a short CDN URL.
    expect(() => besideScript('news-elements.sanitizer.js')).to.throw(/full file name/);
    const error = await importBeside('news-elements.sanitizer.js').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(NewsError);
    expect(error).to.include({ kind: 'network', url: 'news-elements.sanitizer.js' });
    expect((error as NewsError).message).to.contain('news-elements.sanitizer.js');
    expect(VERSION).to.equal('source');
  });
});
