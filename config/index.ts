import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import H5_PATHS from '../src/domain/routes/h5-paths.json'
import devConfig from './dev'
import prodConfig from './prod'
import { RoutePreloadPlugin } from './route-preload'
import { WebAppPlugin } from './web-app'

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

const ROOT = path.resolve(__dirname, '..')
const SEARCH_CODE = /[\\/]src[\\/](domain[\\/](search|region-picker)|packages[\\/]search|components[\\/]RegionPicker)[\\/]|[\\/]generated[\\/]bundle-search/
// The code a province build downloads region data with: the one region-remote chunk keeps it, so none
// of it lands in page-common, which every page loads.
const REGION_DOWNLOAD_CODE =
  /[\\/]src[\\/](domain[\\/]region-data[\\/]remote|platform[\\/]region-data|services[\\/]region-remote)[.\\/]|[\\/]node_modules[\\/](@noble|idb-keyval)[\\/]/

/**
 * A build with a data origin (TARO_APP_DATA_ORIGIN) must name the public keys it accepts
 * (TARO_APP_DATA_KEYS, README "数据签名"); on weapp the origin must be https://, the only scheme
 * wx.request reaches on a phone (and only for domains listed under 开发管理 → 服务器域名 → request合法域名).
 */
function dataOriginChecked(platform: string): string {
  const origin = process.env.TARO_APP_DATA_ORIGIN ?? ''
  if (!origin) return ''
  if (platform === 'weapp' && !origin.startsWith('https://')) {
    throw new Error(
      `TARO_APP_DATA_ORIGIN=${origin}: a mini-program downloads only over https:// from a domain listed under 开发管理 → 服务器域名 → request合法域名 (README 发布小程序前).`,
    )
  }
  if (!process.env.TARO_APP_DATA_KEYS)
    throw new Error('TARO_APP_DATA_ORIGIN is set but TARO_APP_DATA_KEYS is not: the app would accept no signed manifest (README 数据签名).')
  return origin
}
const LIFE_EVENT_CODE = /[\\/]src[\\/](domain[\\/]life-events|components[\\/](life-event|eligibility)|packages[\\/]guide[\\/]life-events\.ts)/

/** The WeChat accessibility attributes the app sets (WeChat's 无障碍 attributes), with no default. */
const ARIA_ATTRIBUTES = Object.fromEntries(
  ['aria-role', 'aria-label', 'aria-checked', 'aria-selected', 'aria-disabled', 'aria-hidden'].map((name) => [name, '']),
)

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
    // The static data origin for regions not bundled (npm run scale:build sets it); empty: never download.
    defineConstants: {
      'process.env.TARO_APP_DATA_ORIGIN': JSON.stringify(dataOriginChecked(platform)),
      'process.env.TARO_APP_DATA_KEYS': JSON.stringify(process.env.TARO_APP_DATA_KEYS ?? ''),
    },
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
      // ES2020 (?. and ??), which iOS before 13.4 cannot parse: babel lowers it to ES2017 like src
      // (babel.config.js). scripts/check-weapp.ts fails the build check if any script in dist/weapp is
      // newer than ES2017.
      // A scale build's generated modules live outside src (DATA_GENERATED_DIR) and are compiled too.
      compile: {
        include: [
          path.resolve(__dirname, '..', 'types'),
          path.resolve(__dirname, '..', 'node_modules', 'valibot'),
          path.resolve(__dirname, '..', 'node_modules', '@noble'),
          ...(generatedDir ? [generatedDir] : []),
        ],
      },
      postcss: {
        pxtransform: { enable: false, config: {} },
        url: { enable: true, config: { limit: 1024 } },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      // View, Text, Button and Input as Taro's React components (plain div, span, button, input) rather
      // than Stencil web components: no custom-element runtime to start, and each element mounts as
      // cheaply as a div. On a cold open the home's render task fell by a third and its largest paint
      // came 0.2 s sooner (README 性能预算). weapp is not affected.
      useHtmlComponents: true,
      compile: {
        include: [path.resolve(__dirname, '..', 'types'), path.resolve(__dirname, '..', 'node_modules', '@noble'), ...(generatedDir ? [generatedDir] : [])],
      },
      // As on weapp: BEM-scoped classes, so stylesheet order in the shared chunks does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain(chain, webpack) {
        readGeneratedDataFrom(chain, webpack)
        // The service worker, manifest, icons and robots.txt (config/web-app.ts), written after the build.
        // Not in watch builds (no service worker to outlive a dev session) nor in the bench's fixture app.
        // The route's own chunks preloaded from index.html (config/route-preload.ts), before the service worker is written.
        if (process.env.NODE_ENV === 'production' && !process.env.TARO_APP_SOURCE)
          chain
            .plugin('route-preload')
            .use(RoutePreloadPlugin, [
              path.resolve(ROOT, outputBase, 'h5'),
              path.join(generatedDir ?? path.resolve(ROOT, 'src', 'generated'), 'bundle-manifest.json'),
            ])
        if (process.env.NODE_ENV === 'production' && !process.env.TARO_APP_SOURCE)
          chain.plugin('web-app').use(WebAppPlugin, [path.resolve(ROOT, outputBase, 'h5')])
        // workbox-window's ES2017 build (1.4 KB gzip) rather than its ES5 one (2.3 KB): it only ever runs
        // where there are service workers (iOS 11.3+, Chrome 55+), which all parse ES2017.
        chain.resolve.alias.set('workbox-window$', path.resolve(ROOT, 'node_modules/workbox-window/build/workbox-window.prod.mjs'))
        // Debug aid: BUNDLE_STATS=/tmp/stats.json writes webpack's chunk statistics and source maps
        // (scripts/bench/js-sources.cjs reads them). Never set in builds that ship.
        if (process.env.BUNDLE_STATS) {
          chain.devtool('source-map')
          chain.plugin('bundle-stats').use(
            class {
              // eslint-disable-next-line @typescript-eslint/no-explicit-any
              apply(compiler: any) {
                // eslint-disable-next-line @typescript-eslint/no-explicit-any
                compiler.hooks.done.tap('bundle-stats', (stats: any) =>
                  require('node:fs').writeFileSync(
                    process.env.BUNDLE_STATS!,
                    JSON.stringify(
                      stats.toJson({
                        assets: false,
                        chunks: true,
                        chunkModules: true,
                        modules: false,
                        source: false,
                        reasons: false,
                        chunkModulesSpace: 100000,
                        nestedModules: true,
                        nestedModulesSpace: 100000,
                      }),
                    ),
                  ),
                )
              }
            },
          )
        }
        // Taro splits only initial chunks on H5, so every lazily loaded page chunk carried its own copy
        // of the catalogue, dayjs and the components. A named chunk holds code pages share (a page loads
        // it with its own chunk); region data files are their own chunks (src/generated/bundle-indexes.h5.ts).
        const splitChunks = chain.optimization.get('splitChunks')
        chain.optimization.splitChunks({
          ...splitChunks,
          cacheGroups: {
            ...splitChunks.cacheGroups,
            // Every page's styles in the entry's one stylesheet (4 KB gzip for all of them): a page then
            // waits for no style sheet of its own, and a cold open asks for two files fewer. Named after
            // the entry chunk, which webpack allows because it is every page chunk's parent.
            allStyles: { type: 'css/mini-extract', chunks: 'all', name: 'app', priority: 20, enforce: true },
            // Code of one feature that several pages use stays out of pages that do not: a shared
            // guide loads neither search nor 一件事 code. (A chunk for the list pages' own components
            // saved a guide 1 KB but cost home 400 ms of first paint on slow 4G: not worth it.)
            searchCode: { test: SEARCH_CODE, chunks: 'async', minChunks: 2, name: 'search-code', priority: 10, reuseExistingChunk: true },
            lifeEventCode: { test: LIFE_EVENT_CODE, chunks: 'async', minChunks: 2, name: 'life-event-code', priority: 10, reuseExistingChunk: true },
            pageCommon: {
              test: (module: { resource?: string }) => !REGION_DOWNLOAD_CODE.test(module.resource ?? ''),
              chunks: 'async',
              minChunks: 2,
              name: 'page-common',
              priority: 5,
              reuseExistingChunk: true,
            },
          },
        })
      },
      publicPath: '/',
      staticDirectory: 'static',
      router: {
        mode: 'browser',
        // Short, stable, bookmarkable addresses (one table, which the app also reads at launch).
        customRoutes: H5_PATHS,
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
