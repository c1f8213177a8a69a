// Registers <news-list> alone: `import 'news-elements/news-list'` (a page that needs only this element).
import { NewsList } from './elements/news-list/news-list.js';
import { register } from './registration.js';

register([['news-list', NewsList]]);

export { NewsList };
