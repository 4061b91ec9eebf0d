export default definePageConfig({ navigationBarTitleText: '政务公开目录', enableShareAppMessage: true, enableShareTimeline: true })
