// Registers the three tags: `import 'news-elements/define'`.
import { defineElements } from './define-elements.js';

defineElements();

export { defineElements };
