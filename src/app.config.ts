export default defineAppConfig({
  pages: ['pages/home/index'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ededed',
    navigationBarTitleText: '人社办事指南',
    navigationBarTextStyle: 'black',
  },
})
