// Registers the three tags. `import 'news-elements/define'`.
import { defineElements } from './registration.js';

defineElements();

export { defineElements };
