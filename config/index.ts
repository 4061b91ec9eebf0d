import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

// One config for the app and for the benchmark fixture: TARO_APP_SOURCE switches only the source root.
const sourceRoot = process.env.TARO_APP_SOURCE ?? 'src'
const outputBase = process.env.TARO_APP_OUTPUT ?? 'dist'
// Scale builds (npm run scale:build) read the synthetic province's derived data instead of src/generated/.
const generatedDir = process.env.DATA_GENERATED_DIR ? path.resolve(__dirname, '..', process.env.DATA_GENERATED_DIR) : null
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function readGeneratedDataFrom(chain: any, webpack: any): void {
  if (!generatedDir) return
  const from = path.resolve(__dirname, '..', 'src', 'generated')
  chain.plugin('generated-dir').use(webpack.NormalModuleReplacementPlugin, [
    /[\\/]generated[\\/]/,
    (resource: { createData?: { resource?: string; context?: string } }) => {
      const file = resource.createData?.resource
      if (!file?.startsWith(from + path.sep)) return
      const moved = path.join(generatedDir, path.relative(from, file))
      resource.createData!.resource = moved
      // Generated modules import their data files relatively: resolve those next to the moved module.
      resource.createData!.context = path.dirname(moved)
    },
  ])
}

/** The WeChat accessibility attributes the app sets (WeChat's 无障碍 attributes), with no default. */
const ARIA_ATTRIBUTES = Object.fromEntries(['aria-role', 'aria-label', 'aria-checked', 'aria-selected', 'aria-disabled', 'aria-hidden'].map((name) => [name, '']))

export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV ?? 'weapp'
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'renshe-banshi-zhinan',
    date: '2026-11-22',
    // 375 so that a size written as 18px is 18 CSS px on H5 and 18pt on weapp (pxtransform is off).
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot,
    // Separate folders, so weapp and H5 builds never overwrite each other.
    outputRoot: `${outputBase}/${platform}`,
    // Taro 4.2.1's weapp templates (base.wxml) carry no aria-* attributes, so the roles, labels and
    // states set through platform/primitives never reached WeChat's screen reader. plugin-inject adds
    // them to the View and Button templates (the app sets none on Text, whose 21 templates would
    // cost 4 KB of main package). States are passed as strings ('true'/'false'): a boolean false
    // would render as an empty attribute.
    plugins: platform === 'weapp' ? [['@tarojs/plugin-inject', { components: { View: ARIA_ATTRIBUTES, Button: ARIA_ATTRIBUTES } }]] : [],
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      '@types': path.resolve(__dirname, '..', 'types'),
    },
    // The static data origin for regions not bundled (npm run scale:build sets it); empty: never download.
    defineConstants: { 'process.env.TARO_APP_DATA_ORIGIN': JSON.stringify(process.env.TARO_APP_DATA_ORIGIN ?? '') },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      webpackChain: (chain, webpack) => readGeneratedDataFrom(chain, webpack),
      // Every class is BEM-scoped to its component, so the order of component stylesheets in the
      // shared common.wxss does not matter; without this, mini-css-extract warns whenever two pages
      // import components in a different order.
      miniCssExtractPluginOption: { ignoreOrder: true },
      // types/ holds the catalogue types and data-policy constants the app imports. valibot ships
      // ES2020 (?. and ??), which iOS before 13.4 cannot parse: babel lowers it to ES2015 like src.
      // scripts/check-weapp.ts fails the build check if any script in dist/weapp is newer than ES2015.
      // A scale build's generated modules live outside src (DATA_GENERATED_DIR) and are compiled too.
      compile: { include: [path.resolve(__dirname, '..', 'types'), path.resolve(__dirname, '..', 'node_modules', 'valibot'), ...(generatedDir ? [generatedDir] : [])] },
      postcss: {
        pxtransform: { enable: false, config: {} },
        url: { enable: true, config: { limit: 1024 } },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      compile: { include: [path.resolve(__dirname, '..', 'types'), ...(generatedDir ? [generatedDir] : [])] },
      // As on weapp: BEM-scoped classes, so stylesheet order in the shared chunks does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain(chain, webpack) {
        readGeneratedDataFrom(chain, webpack)
        // Taro splits only initial chunks on H5, so every lazily loaded page chunk carried its own copy
        // of the catalogue, dayjs and the components, and both guide-package pages all the guide data.
        // Two named chunks fix that without adding round trips on a slow network: one for code that
        // pages share (home loads it with its own chunk), one for the guide data (guide pages only).
        const splitChunks = chain.optimization.get('splitChunks')
        chain.optimization.splitChunks({
          ...splitChunks,
          cacheGroups: {
            ...splitChunks.cacheGroups,
            guideData: { test: /[\\/]generated[\\/](guides|items|life-events)\.json$/, chunks: 'async', name: 'guide-data', priority: 20, enforce: true },
            pageCommon: { chunks: 'async', minChunks: 2, name: 'page-common', priority: 5, reuseExistingChunk: true },
          },
        })
      },
      publicPath: '/',
      staticDirectory: 'static',
      router: {
        mode: 'browser',
        // Short, stable, bookmarkable addresses; the static server falls back to index.html.
        customRoutes: {
          '/pages/home/index': ['/', '/home'],
          '/pages/browse/index': '/browse',
          '/pages/list/index': '/list',
          '/pages/mine/index': '/mine',
          '/pages/privacy/index': '/privacy',
          '/packages/guide/pages/item/index': '/guide',
          '/packages/guide/pages/disclosure/index': '/open-catalogue',
          '/packages/guide/pages/life-event/index': '/life-event',
          '/packages/guide/pages/eligibility/index': '/eligibility',
          '/packages/search/pages/search/index': '/search',
          '/packages/search/pages/region/index': '/region',
        },
      },
      postcss: {
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
