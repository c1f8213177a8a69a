// The theme tokens a designer can play with in the portal stories' controls (the element stories
// take theirs from the manifest's CSS custom properties).
import type { ArgTypes } from '@storybook/web-components-vite';
import { styleMap } from 'lit/directives/style-map.js';

export interface TokenArgs {
  accent: string;
  font: string;
  radius: string;
  density: number;
}

export const tokenDefaults: TokenArgs = { accent: '#0b57d0', font: 'system-ui, sans-serif', radius: '6px', density: 1 };

export const tokenArgTypes: Partial<ArgTypes<TokenArgs>> = {
  accent: { control: 'color', description: '--news-accent', table: { category: 'Theme tokens' } },
  font: { control: 'select', options: ['system-ui, sans-serif', 'Georgia, serif', "'Noto Sans SC', sans-serif"], description: '--news-font', table: { category: 'Theme tokens' } },
  radius: { control: 'inline-radio', options: ['0', '6px', '14px'], description: '--news-radius', table: { category: 'Theme tokens' } },
  density: { control: { type: 'range', min: 0.5, max: 1.5, step: 0.05 }, description: '--news-density', table: { category: 'Theme tokens' } },
};

/** The tokens as inline custom properties (set through the CSSOM). */
export function tokens(args: TokenArgs) {
  return styleMap({ '--news-accent': args.accent, '--news-font': args.font, '--news-radius': args.radius, '--news-density': String(args.density) });
}
