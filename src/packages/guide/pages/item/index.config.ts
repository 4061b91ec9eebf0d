export default definePageConfig({
  navigationBarTitleText: '办事指南',
  // Share to a friend and to Moments (with useShareAppMessage / useShareTimeline in the page).
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
