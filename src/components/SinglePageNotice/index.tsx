import { View } from '@tarojs/components'
import './index.scss'

/**
 * Moments opens a shared page on its own (single-page mode): nothing can be saved, shared or opened
 * from there. Says so, and how to open the full app; calling and copying still work.
 */
export default function SinglePageNotice() {
  return (
    <View className='single-page-notice' data-testid='single-page-notice'>
      这是朋友圈里的单页预览：不能收藏、转发或打开其他页面，拨打电话和复制可以使用。点击屏幕底部的“前往小程序”，打开完整的人社办事指南。
    </View>
  )
}
