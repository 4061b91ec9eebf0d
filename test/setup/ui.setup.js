// Break the circular import @tarojs/router -> tabbar -> @tarojs/components -> taro-h5 -> router,
// which otherwise fails with "Cannot read properties of undefined (reading 'history')".
require('@tarojs/components')
