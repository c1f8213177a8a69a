import 'news-elements/define';
import type {} from 'news-elements/react';
import type { Article } from 'news-elements';

export function News({ category, onOpen }: { category: string | null; onOpen: (article: Article) => void }) {
  return (
    <news-list
      src="/api/news"
      category={category}
      pageSize={10}
      layout="cards"
      strings={{ nextPage: 'Older' }}
      onnews-article-select={(event) => onOpen(event.detail.article)}
      onnews-error={(event) => console.error(event.detail.error.kind)}
    />
  );
}
