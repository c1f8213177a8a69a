// The demo's language switcher: sets `lang` (and `dir`) on the page, the page's own words
// (`data-t`, `data-t-label`), and the sample news of that language (data/news.zh-CN.json,
// data/news.ar.json, written by demo/tools/make-editions.py) on the news elements. The elements
// follow the nearest `lang`, so their labels, dates and layout switch with no call into the
// library. Loaded before elements.ts, so a saved language is in place before the elements start.
import { editionIds } from './editions.js';

const directions: Record<string, 'ltr' | 'rtl'> = { en: 'ltr', 'zh-CN': 'ltr', ar: 'rtl' };

/** The page's words in each language but English (English is in the markup). */
const words: Record<string, Record<string, string>> = {
  'zh-CN': {
    'title-centre': '新闻中心 – 恒远集团',
    'title-portal': '新闻 – 恒远集团（多页门户）',
    'title-article': '文章 – 恒远集团',
    skip: '跳到新闻内容',
    tagline: '恒远集团 · 始于1998年',
    language: '语言',
    'home-label': '恒远集团首页',
    brand: '恒远集团',
    motto: '工业 · 科技 · 服务',
    main: '主导航',
    home: '首页',
    about: '关于我们',
    products: '产品中心',
    centre: '新闻中心',
    investors: '投资者关系',
    careers: '人才招聘',
    contact: '联系我们',
    banner: '恒远集团的公司新闻、产品动态、视频和宣传册。',
    breadcrumb: '面包屑导航',
    article: '文章',
    press: '媒体联系',
    'press-office': '恒远集团新闻办公室',
    quick: '快速链接',
    'portal-link': '多页新闻门户',
    'cms-link': '来自任意内容管理系统的同一新闻',
    annual: '2025年年度报告',
    sustainability: '可持续发展',
    copyright: '© 2026 恒远集团有限公司 版权所有',
    privacy: '隐私政策',
    terms: '使用条款',
    sitemap: '网站地图',
  },
  ar: {
    'title-centre': 'المركز الإعلامي – مجموعة هنغيوان',
    'title-portal': 'الأخبار – مجموعة هنغيوان (بوابة متعددة الصفحات)',
    'title-article': 'مقال – مجموعة هنغيوان',
    skip: 'انتقل إلى الأخبار',
    tagline: 'مجموعة هنغيوان · منذ 1998',
    language: 'اللغة',
    'home-label': 'الصفحة الرئيسية لمجموعة هنغيوان',
    brand: 'مجموعة هنغيوان',
    motto: 'صناعة · تقنية · خدمة',
    main: 'القائمة الرئيسية',
    home: 'الرئيسية',
    about: 'من نحن',
    products: 'المنتجات',
    centre: 'المركز الإعلامي',
    investors: 'علاقات المستثمرين',
    careers: 'الوظائف',
    contact: 'اتصل بنا',
    banner: 'أخبار الشركة وتحديثات المنتجات والفيديوهات والكتيّبات من مجموعة هنغيوان.',
    breadcrumb: 'مسار التنقل',
    article: 'مقال',
    press: 'التواصل الإعلامي',
    'press-office': 'المكتب الإعلامي لمجموعة هنغيوان',
    quick: 'روابط سريعة',
    'portal-link': 'بوابة أخبار متعددة الصفحات',
    'cms-link': 'الأخبار نفسها من أي نظام لإدارة المحتوى',
    annual: 'التقرير السنوي 2025',
    sustainability: 'الاستدامة',
    copyright: '© 2026 شركة مجموعة هنغيوان المحدودة. جميع الحقوق محفوظة.',
    privacy: 'الخصوصية',
    terms: 'الشروط',
    sitemap: 'خريطة الموقع',
  },
};

/** The page's own words: `data-t` names an element's text, `data-t-label` its aria-label. */
function translatePage(lang: string): void {
  const dictionary = words[lang] ?? {};
  for (const element of document.querySelectorAll<HTMLElement>('[data-t]')) {
    element.dataset.tEn ??= element.textContent ?? '';
    element.textContent = dictionary[element.dataset.t!] ?? element.dataset.tEn;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-t-label]')) {
    element.dataset.tLabelEn ??= element.getAttribute('aria-label') ?? '';
    element.setAttribute('aria-label', dictionary[element.dataset.tLabel!] ?? element.dataset.tLabelEn);
  }
}

/** A sample data file (data/news.json, data/categories.zh-CN.json…) and the edition it is of. */
const SAMPLE = /^(.*\bdata\/(?:news|categories))(?:\.(zh-CN|ar))?\.json$/;

/**
 * Points the news elements at the sample news of `lang`. An article open in the page (the news
 * centre's `news-article`) that the edition does not have is closed; a detail page's article
 * (`?id=`) that it does not have stays in English. On a switch (not on loading) the list starts at
 * page 1 of its tab: another edition's page 3 holds other articles.
 */
function loadEdition(lang: string, initial: boolean): void {
  const ids = editionIds[lang];
  const has = (id: string | null) => id === null || ids === undefined || ids.includes(id);
  const url = new URL(location.href);
  const params = url.searchParams;
  const before = url.href;
  if (!has(params.get('news-article'))) params.delete('news-article');
  if (!initial) params.delete('news-page');
  if (url.href !== before) history.replaceState(history.state, '', url);
  const edition = ids !== undefined && has(params.get('id')) ? `.${lang}` : '';
  for (const element of document.querySelectorAll('news-tabs, news-list, news-article')) {
    for (const name of ['src', 'categories-src']) {
      const match = SAMPLE.exec(element.getAttribute(name) ?? '');
      const wanted = match && `${match[1]}${edition}.json`;
      if (wanted && wanted !== element.getAttribute(name)) element.setAttribute(name, wanted);
    }
  }
}

function apply(lang: string, initial = false): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directions[lang] ?? 'ltr';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  translatePage(lang);
  loadEdition(lang, initial);
}

const saved = new URL(location.href).searchParams.get('lang') ?? localStorage.getItem('demo-lang');
if (saved && saved in directions && saved !== 'en') apply(saved, true);

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('[data-lang]');
  const lang = button?.dataset.lang;
  if (!lang || lang === document.documentElement.lang) return;
  apply(lang);
  localStorage.setItem('demo-lang', lang);
});
