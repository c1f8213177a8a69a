// The React snippet of docs/frameworks.md (News.tsx) in an app, and what the types refuse.
import { useRef } from 'react';
import { createRoot } from 'react-dom/client';
import type { NewsList } from 'news-elements';
import { News } from './News.tsx';

function App() {
  const list = useRef<NewsList>(null);
  return (
    <>
      <News category={null} onOpen={(article) => console.log(article.title)} />
      <news-list
        ref={list}
        src="/api/news"
        // @ts-expect-error: layout is 'list', 'cards' or 'compact'
        layout="grid"
        onnews-page-change={(event) => console.log(event.detail.page.toFixed(0))}
      />
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
