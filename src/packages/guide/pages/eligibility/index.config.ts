export default definePageConfig({
  navigationBarTitleText: '我能办什么',
})
