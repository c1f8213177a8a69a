// The readers of dirty records, a file of their own: the elements load it with the first record
// that needs one (model.ts readArticle), since clean answers never do. Dates in the forms of feeds
// and legacy systems beyond ISO 8601, the ISO-like ones and Unix time; the text of a body that
// stands in for a missing title.
export { parseFeedDate } from './feed-date.js';
export { htmlToText } from './html-text.js';
