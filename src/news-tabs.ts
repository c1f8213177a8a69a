// Registers <news-tabs> alone: `import 'news-elements/news-tabs'` (a page that needs only this element).
import { NewsTabs } from './elements/news-tabs/news-tabs.js';
import { register } from './registration.js';

register([['news-tabs', NewsTabs]]);

export { NewsTabs };
