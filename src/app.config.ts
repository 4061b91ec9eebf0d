export default defineAppConfig({
  // Main package: the three main pages and lists (small; guides and search load on demand).
  // H5 also has the page for an address that is no page (pages/not-found): WeChat answers a missing page
  // itself, and the app's onPageNotFound sends the citizen home (platform redirectUnknownPages).
  pages: [
    'pages/home/index',
    'pages/browse/index',
    'pages/list/index',
    'pages/mine/index',
    'pages/privacy/index',
    ...(process.env.TARO_ENV === 'h5' ? ['pages/not-found/index'] : []),
  ],
  subPackages: [
    // Guide page, 公开目录, 一件事 (life events), 我能办什么 (eligibility) and the full guide data.
    { root: 'packages/guide', pages: ['pages/item/index', 'pages/disclosure/index', 'pages/life-event/index', 'pages/eligibility/index'] },
    // Search page and its precomputed index.
    { root: 'packages/search', pages: ['pages/search/index', 'pages/region/index'] },
    // Policy calculators (我哪年退休, 失业金能领几个月): small, with their rules; nothing else loads them.
    { root: 'packages/tools', pages: ['pages/retirement/index', 'pages/unemployment-benefit/index'] },
  ],
  // Fetch the guide package while the citizen looks at home, so opening a guide feels instant.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/guide'] },
  },
  // weapp: 首页, 分类 and 我的 are WeChat tab pages (reached with switchTab, no 返回首页 button), drawn by
  // src/custom-tab-bar so that 长辈模式 can enlarge it. H5 has no native tab bar: the tab pages draw
  // the same tabs themselves (platform.drawsTabsInPage), so the H5 router keeps its plain page stack.
  ...(process.env.TARO_ENV === 'weapp'
    ? {
        tabBar: {
          custom: true,
          color: '#5c5c5c',
          selectedColor: '#05803f',
          backgroundColor: '#f7f7f7',
          borderStyle: 'black' as const,
          list: [
            { pagePath: 'pages/home/index', text: '首页' },
            { pagePath: 'pages/browse/index', text: '分类' },
            { pagePath: 'pages/mine/index', text: '我的' },
          ],
        },
      }
    : {}),
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#ededed',
    navigationBarBackgroundColor: '#ededed',
    navigationBarTitleText: '人社办事指南',
    navigationBarTextStyle: 'black',
  },
})
