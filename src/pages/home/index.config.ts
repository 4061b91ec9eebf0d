export default definePageConfig({ navigationBarTitleText: '人社办事指南', enableShareAppMessage: true })
