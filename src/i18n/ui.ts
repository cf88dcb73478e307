import type { Lang } from '@/i18n/locale.ts';

/** The interface strings of the site's chrome, one set per language. */
export interface UiStrings {
  /** The skip link's text. */
  skipLink: string;
  /** The site's short name, in the header. */
  siteName: string;
  /** The label of the header's article navigation. */
  articleNav: string;
  /** The lede's name in navigation. */
  lede: string;
  /** The full-article page, short and long. */
  full: string;
  fullLong: string;
  /** The parallel-reading page, short and long. */
  parallel: string;
  parallelLong: string;
  /** Previous/next navigation between sections. */
  pager: string;
  previous: string;
  next: string;
  continue: string;
  /** The table of contents' heading. */
  toc: string;
  /** The label of the language switcher, and this language's name in it. */
  languageNav: string;
  languageName: string;
  /** The label of the footer's companion-page navigation. */
  companions: string;
  /** The word before a paragraph id in a paragraph link's name, e.g. `Paragraph vanguard-4`. */
  paragraph: string;
  /** The header's search control. */
  search: string;
  /** The search page: its description, hint, the notes where search cannot run (text, link, text), input placeholder,
   *  and the Pagefind filter that narrows results by section (the same name as the pages' `data-pagefind-filter`). */
  searchDescription: string;
  searchHint: string;
  searchNoJs: readonly [string, string, string];
  searchOffline: readonly [string, string, string];
  searchPlaceholder: string;
  searchFilter: string;
  searchFilterLabel: string;
  /** What the search page says as it searches: `{q}` is the query, `{s}` the query in simplified characters, `{n}` a count. */
  searchMessages: SearchMessages;
  /** The heading of the notes on corrections of the printed Chinese text. */
  errata: string;
}

/** The search page's messages and labels (see `searchMessages`). */
export interface SearchMessages {
  clear: string;
  loading: string;
  failed: string;
  /** Hits found: for one paragraph, and for `{n}`. */
  foundOne: string;
  found: string;
  /** Nothing holds the query: said plainly, naming it. */
  none: string;
  /** The query held traditional characters and was searched in simplified ones. */
  simplified: string;
  /** The heading of the near matches, and the note that says what they are. */
  near: string;
  nearNote: string;
  /** The kind of entry a card shows, the card's name for screen readers (`{kind}`, `{title}`), and its link's text. */
  cardKinds: { glossary: string; person: string; place: string; organisation: string };
  cardLabel: string;
  cardLink: { glossary: string; index: string };
}

/** Every interface string, in both languages. */
export const UI: Readonly<Record<Lang, UiStrings>> = {
  'zh-CN': {
    skipLink: '跳到正文',
    siteName: '党旗在副中心疫情防控一线',
    articleNav: '文章导航',
    lede: '导语',
    full: '全文',
    fullLong: '全文（一页阅读）',
    parallel: '中英对照',
    parallelLong: '中英对照阅读',
    pager: '上一节与下一节',
    previous: '上一节',
    next: '下一节',
    continue: '继续',
    toc: '目录',
    languageNav: '语言',
    languageName: '中文',
    companions: '读者助手',
    paragraph: '段落',
    search: '搜索',
    searchDescription: '在全文中搜索人名、地名、单位、数字和词句，结果直达所在段落。',
    searchHint: '人名、地名、单位、数字或词句均可，例如：殷忠龙、莲花寺、637、下沉干部。',
    searchNoJs: ['搜索需要浏览器启用 JavaScript。也可以打开', '全文页', '，用浏览器的“页内查找”查找词句。'],
    searchOffline: [
      '搜索需要通过网站服务器打开本站，直接从磁盘打开的页面无法加载搜索索引。也可以打开',
      '全文页',
      '，用浏览器的“页内查找”查找词句。',
    ],
    searchPlaceholder: '搜索全文',
    searchFilter: '章节',
    searchFilterLabel: '按章节筛选',
    searchMessages: {
      clear: '清除',
      loading: '正在载入搜索……',
      failed: '搜索未能载入，请刷新页面再试。',
      foundOne: '找到 1 段含有“{q}”',
      found: '找到 {n} 段含有“{q}”',
      none: '没有找到“{q}”',
      simplified: '已按简体“{s}”搜索',
      near: '相近的段落',
      nearNote: '以下段落不含完整的“{q}”，只含其中部分字词。',
      cardKinds: { glossary: '名词解释', person: '人物', place: '地点', organisation: '单位' },
      cardLabel: '{kind}：{title}',
      cardLink: { glossary: '查看名词解释', index: '查看人物与地点' },
    },
    errata: '勘误',
  },
  en: {
    skipLink: 'Skip to the text',
    siteName: 'The Party flag on the sub-centre’s front line',
    articleNav: 'Article',
    lede: 'Introduction',
    full: 'Full text',
    fullLong: 'Full text on one page',
    parallel: 'Parallel text',
    parallelLong: 'Chinese and English side by side',
    pager: 'Previous and next section',
    previous: 'Previous section',
    next: 'Next section',
    continue: 'Continue',
    toc: 'Contents',
    languageNav: 'Language',
    languageName: 'English',
    companions: 'Reader’s companions',
    paragraph: 'Paragraph',
    search: 'Search',
    searchDescription:
      'Search the English translation for names, places, organisations, figures and phrases; results lead to the paragraph.',
    searchHint: 'Names, places, organisations, figures or phrases, for example: Yin Zhonglong, Lianhuasi, 637, volunteer.',
    searchNoJs: ['Search needs JavaScript. You can also open the ', 'full text', ' and use your browser’s find in page.'],
    searchOffline: [
      'Search needs the site to be opened through a web server: a page opened from disk cannot load the search index. You can also open the ',
      'full text',
      ' and use your browser’s find in page.',
    ],
    searchPlaceholder: 'Search the translation',
    searchFilter: 'Section',
    searchFilterLabel: 'Filter by section',
    searchMessages: {
      clear: 'Clear',
      loading: 'Loading search…',
      failed: 'Search could not load; please reload the page.',
      foundOne: '1 paragraph contains “{q}”',
      found: '{n} paragraphs contain “{q}”',
      none: 'No paragraph contains “{q}”',
      simplified: 'Searched in simplified characters: “{s}”',
      near: 'Near matches',
      nearNote: 'These paragraphs do not contain “{q}” as written, only some of its words or characters.',
      cardKinds: { glossary: 'Glossary', person: 'Person', place: 'Place', organisation: 'Organisation' },
      cardLabel: '{kind}: {title}',
      cardLink: { glossary: 'See the glossary entry', index: 'See the entry in People and places' },
    },
    errata: 'Corrections of the Chinese as printed',
  },
};

/** The slugs of the pages that exist in both languages (`''` is the home page): each has a language switcher to its twin and `hreflang` alternates. */
export const TRANSLATED_SLUGS: readonly string[] = [
  '',
  'organizing',
  'vanguard',
  'contributions',
  'full',
  'parallel',
  'search',
  'figures',
  'timeline',
  'glossary',
  'people-places',
  'about',
];
