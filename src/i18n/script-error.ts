// "Part of the widget could not be loaded", in the built-in locales: the script tag's loader
// shows it when the library's modules cannot be loaded at all (no element is defined then to
// show it), and the elements when one part loaded on demand cannot.

export const scriptError = {
  en: 'The news could not be shown: part of the news widget could not be loaded.',
  zh: '新闻无法显示：新闻组件的部分文件加载失败。',
  ar: 'تعذّر عرض الأخبار: تعذّر تحميل جزء من أداة الأخبار.',
} as const;
