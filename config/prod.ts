import type { UserConfigExport } from '@tarojs/cli'

export default {
  // Taro's weapp default escapes every non-ASCII character (ascii_only), which doubles the size of
  // the Chinese catalogue in the bundle (\u516c = 6 bytes, 公 = 3). WeChat reads UTF-8 sources fine.
  terser: { enable: true, config: { output: { ascii_only: false } } },
  mini: {},
  // Content hashes in H5 file names, so scripts/serve.ts can let browsers keep them for a year while
  // index.html (which names them) is revalidated on every load.
  h5: {
    output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'chunk/[name].[contenthash:8].js' },
    miniCssExtractPluginOption: { filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
  },
} satisfies UserConfigExport<'webpack5'>
