// The demo's language switcher: sets `lang` (and `dir`) on the page; the news elements follow
// the nearest `lang`, so their labels, dates and layout switch with no call into the library.

const directions: Record<string, 'ltr' | 'rtl'> = { en: 'ltr', 'zh-CN': 'ltr', ar: 'rtl' };

function apply(lang: string): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directions[lang] ?? 'ltr';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

const saved = new URL(location.href).searchParams.get('lang') ?? localStorage.getItem('demo-lang');
if (saved && saved in directions) apply(saved);

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('[data-lang]');
  if (!button?.dataset.lang) return;
  apply(button.dataset.lang);
  localStorage.setItem('demo-lang', button.dataset.lang);
});
