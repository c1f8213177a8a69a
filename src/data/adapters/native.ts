// The native shape of API.md. A list endpoint answers either one page
// (`{ items, total?, page?, pageSize?, categories? }`) or a bare array: the whole set in one file,
// which the pipeline filters and pages in the browser, fetched only once.

import type { Adapter, AdapterContext, FetchedResource, ListQuery } from '../adapter.js';
import { NewsError } from '../../base/errors.js';
import { isRecord } from '../model.js';
import { endpointUrl, expandTemplate, hasPlaceholders } from '../template.js';

type Mode = { kind: 'file'; url: string } | { kind: 'paged' };

function listUrl(src: string, { category, page, pageSize }: ListQuery): string {
  return endpointUrl(src, { category, page, pageSize, offset: (page - 1) * pageSize }, { category, page, pageSize });
}

/**
 * Learns once per endpoint whether it serves pages or a whole file; concurrent first requests
 * wait for the first answer instead of each fetching the file under another query string.
 */
async function endpointMode(context: AdapterContext, query: ListQuery): Promise<{ mode: Mode; answer?: FetchedResource }> {
  const { src } = context.config;
  if (hasPlaceholders(src)) return { mode: { kind: 'paged' } };
  const key = `native:mode:${src}`;
  const known = context.memo.get(key) as Promise<Mode> | undefined;
  if (known) {
    const mode = await known.catch(() => undefined);
    if (mode) return { mode };
  }
  const probe = context.fetchJson(listUrl(src, query)).then((answer) => ({
    answer,
    mode: Array.isArray(answer.data) ? ({ kind: 'file', url: answer.url } as const) : ({ kind: 'paged' } as const),
  }));
  const modePromise = probe.then(({ mode }) => mode);
  context.memo.set(key, modePromise);
  // A failed or aborted probe must not decide the mode for later requests.
  modePromise.catch(() => {
    if (context.memo.get(key) === modePromise) context.memo.delete(key);
  });
  return probe;
}

const count = (value: unknown) => (typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value);

export const nativeAdapter: Adapter = {
  async list(query, context) {
    const { mode, answer: probed } = await endpointMode(context, query);
    const answer = probed ?? (await context.fetchJson(mode.kind === 'file' ? mode.url : listUrl(context.config.src, query)));
    const { data, url } = answer;
    if (Array.isArray(data)) return { records: data, url, whole: true };
    if (mode.kind === 'file') throw new NewsError('shape', 'The file stopped being an array of articles', { url });
    if (!isRecord(data) || !Array.isArray(data.items)) {
      throw new NewsError('shape', 'The list answer should be an array of articles or an object with "items"', { url, field: 'items' });
    }
    return {
      records: data.items,
      url,
      total: count(data.total) as number | undefined,
      categories: Array.isArray(data.categories) ? data.categories : undefined,
    };
  },

  async article(id, context) {
    const { articleSrc } = context.config;
    if (!articleSrc) return undefined;
    const { data, url } = await context.fetchJson(expandTemplate(articleSrc, { id }));
    return { record: isRecord(data) && isRecord(data.item) ? data.item : data, url };
  },
};
