export default defineAppConfig({
  // Main package: the three main pages and lists (small; guides and search load on demand).
  pages: ['pages/home/index', 'pages/browse/index', 'pages/list/index', 'pages/mine/index'],
  subPackages: [
    // Guide page, 公开目录, 一件事 (life events), 我能办什么 (eligibility) and the full guide data.
    { root: 'packages/guide', pages: ['pages/item/index', 'pages/disclosure/index', 'pages/life-event/index', 'pages/eligibility/index'] },
    // Search page and its precomputed index.
    { root: 'packages/search', pages: ['pages/search/index', 'pages/region/index'] },
  ],
  // Fetch the guide package while the citizen looks at home, so opening a guide feels instant.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/guide'] },
  },
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#ededed',
    navigationBarBackgroundColor: '#ededed',
    navigationBarTitleText: '人社办事指南',
    navigationBarTextStyle: 'black',
  },
})
