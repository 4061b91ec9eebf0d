export default definePageConfig({ navigationBarTitleText: '分类浏览', enableShareAppMessage: true })
