// What the element stories share: the manifest's argTypes and args through
// @wc-toolkit/storybook-helpers (one row per public attribute or property, event, CSS custom
// property and part; the defaults the manifest gives; every control bound to the element), plus
// two controls of the story itself: the mocked scenario the endpoints answer, and the column width.
import type { ArgTypes } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import type { NewsArticle, NewsList, NewsTabs } from '../src/index.js';
import { endpoint } from './mock-endpoints.js';

type Elements = { 'news-tabs': NewsTabs; 'news-list': NewsList; 'news-article': NewsArticle };

/** A story's own args: not the element's API. */
export interface StoryArgs {
  /** The mocked answer (stories/mock-endpoints.ts): sets `src` and `categories-src`. */
  scenario: string;
  /** The column the element sits in. */
  width: string;
}

export type ElementArgs = StoryArgs & Record<string, unknown>;

export const categoryOptions = ['', 'product-management', 'news', 'introduction', 'corporate-outlets', 'faq', 'corporate-video', 'corporate-brochure'];
const scenarios = ['demo', 'loading', 'empty', 'error', 'login', 'long', 'missing', 'many', 'hostile'];
const dateStyles = ['', 'short', 'medium', 'long', 'full', 'relative'];

/** The order of the docs table's sections: the element's API as a page uses it, then the story's. */
const categories = ['attributes', 'properties', 'events', 'css properties', 'css shadow parts', 'story'];

/**
 * The argTypes with their rows in section order (the table lists sections as their first rows
 * come). Each row gets a type: Storybook moves the rows without one (the helpers give CSS
 * properties, parts and events none) before all others.
 */
function inCategoryOrder(argTypes: ArgTypes): ArgTypes {
  const rank = (name: string) => {
    const index = categories.indexOf(String(argTypes[name]?.table?.category));
    return index < 0 ? categories.length : index;
  };
  return Object.fromEntries(
    Object.keys(argTypes)
      .sort((a, b) => rank(a) - rank(b))
      .map((name) => {
        const argType = argTypes[name];
        return [name, { ...argType, type: argType.type ?? (argType.table?.category === 'events' ? 'function' : 'string') }];
      }),
  );
}

/** The element's description in the manifest (its JSDoc). */
function descriptionOf(tagName: string): string | undefined {
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if ('tagName' in declaration && declaration.tagName === tagName) return declaration.description;
    }
  }
  return undefined;
}

/** args, argTypes and render for the stories of one element. */
export function elementStory<Tag extends keyof Elements>(tagName: Tag, widths: string[]) {
  const { args, argTypes, template } = getStorybookHelpers<Elements[Tag]>(tagName);
  const storyArgTypes: Partial<ArgTypes<StoryArgs>> = {
    scenario: { control: 'select', options: scenarios, description: 'The mocked answer of the endpoints (sets `src` and `categories-src`).', table: { category: 'story' } },
    width: { control: 'inline-radio', options: widths, description: 'The width of the column (not an attribute).', table: { category: 'story' } },
  };
  const overrides: ArgTypes = {
    // Set by the scenario: a changed URL would leave the mocks.
    src: { ...argTypes.src, control: false },
    'categories-src': { ...argTypes['categories-src'], control: false },
    // The manifest names these types (DateStyle, RequestCredentials) without their values.
    'date-style': { ...argTypes['date-style'], control: 'select', options: dateStyles },
    credentials: { ...argTypes.credentials, control: 'select', options: ['', 'same-origin', 'include', 'omit'] },
    '--news-font': { ...argTypes['--news-font'], control: 'select', options: ['inherit', 'system-ui, sans-serif', 'Georgia, serif', "'Noto Sans SC', sans-serif"] },
  };
  if ('category' in argTypes) overrides.category = { ...argTypes.category, control: 'select', options: categoryOptions };
  const orderedArgTypes = inCategoryOrder({ ...argTypes, ...overrides, ...storyArgTypes });
  // No retries, so that an error shows at once; the stories' font, as in the demo.
  const storyArgs: Record<string, unknown> = { ...args, scenario: 'demo', width: widths[0], retries: '0', '--news-font': 'system-ui, sans-serif' };
  return {
    // In the argTypes' order too: Storybook lists rows as the args name them first.
    args: Object.fromEntries(Object.keys(orderedArgTypes).filter((name) => name in storyArgs).map((name) => [name, storyArgs[name]])) as ElementArgs,
    argTypes: orderedArgTypes as ArgTypes<ElementArgs>,
    // The meta names no `component`: Storybook would extract argTypes of its own from the manifest
    // (every member, attributes and properties apart) and put them before these. The docs page's
    // description comes from the manifest all the same.
    parameters: { docs: { description: { component: descriptionOf(tagName) } } },
    render: ({ scenario, width, ...element }: ElementArgs) => {
      const { src, categoriesSrc } = endpoint(scenario);
      const elementArgs: Record<string, unknown> = { ...element, src, 'categories-src': categoriesSrc };
      return html`<div style="max-width: ${width}">${template(elementArgs as Parameters<typeof template>[0])}</div>`;
    },
  };
}
