export default definePageConfig({
  navigationBarTitleText: '一件事',
  // Share to a friend and to Moments (with useShareAppMessage / useShareTimeline in the page).
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
