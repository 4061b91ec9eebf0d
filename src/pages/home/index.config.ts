export default definePageConfig({ navigationBarTitleText: '人社办事指南' })
